/** "ARMED_CONFLICT" → "Armed conflict". */
export function humanizeEnum(value: string): string {
  const words = value.toLowerCase().split("_");
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(" ");
}
