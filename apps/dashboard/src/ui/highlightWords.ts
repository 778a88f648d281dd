// Marks the words of a search in a result, matching as the API does: ignoring case and
// accents ("ionascu" marks "Ionașcu"), a query word matching the start of a word.

/** Lower case without diacritics, one character for one, so offsets carry over to the text. */
function foldChar(char: string): string {
  const folded = char
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.length === 1 ? folded : char.toLowerCase();
}

export function highlightWords(text: string, query: string): { text: string; hit: boolean }[] {
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => [...word].map(foldChar).join(""));
  if (words.length === 0) return [{ text, hit: false }];
  const chars = [...text];
  const folded = chars.map(foldChar);
  const hit = new Array<boolean>(chars.length).fill(false);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < chars.length; i++) {
    if (isWordChar(chars[i - 1])) continue;
    for (const word of words)
      if (folded.slice(i, i + word.length).join("") === word)
        for (let k = i; k < i + word.length; k++) hit[k] = true;
  }
  const runs: { text: string; hit: boolean }[] = [];
  chars.forEach((char, i) => {
    const last = runs.at(-1);
    if (last && last.hit === hit[i]) last.text += char;
    else runs.push({ text: char, hit: hit[i]! });
  });
  return runs;
}
