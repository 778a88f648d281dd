import SearchableMap from "minisearch/SearchableMap";
import { tokenize } from "./searchText.js";

/** A field of a searchable document: its text (or several values), weight and kind. */
export type SearchField = [
  text: string | readonly string[] | undefined,
  weight: number,
  kind?: "name",
];

/**
 * The inverted index as plain arrays, ready for JSON (see SearchIndex.serialise). A "text" is a
 * distinct field text: records repeating one (a quote several events cite) share its postings.
 */
export interface InvertedIndexData {
  /** Every word, in code-unit order. */
  terms: string[];
  /** Postings of term i: texts and counts at termStart[i] to termStart[i + 1]. */
  termStart: number[];
  postingText: number[];
  postingCount: number[];
  /** Where text j occurs: documents and field weights at textStart[j] to textStart[j + 1]. */
  textStart: number[];
  occurrenceDoc: number[];
  occurrenceWeight: number[];
  /** Whole names (folded words joined by a space): [document, field weight, …] of each. */
  names: Record<string, number[]>;
}

/** A word prefix counts half a whole word; a fuzzy match less, the further it is. */
const PREFIX_FACTOR = 0.5;
const fuzzyFactor = (distance: number) => PREFIX_FACTOR / (1 + distance);
/** Edit distance allowed for a word found nowhere as it is: none under 4 letters, 2 from 8. */
const fuzzyDistance = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);
/** A query equal to a whole name outranks any number of passing mentions. */
const EXACT_NAME_FACTOR = 10;

/**
 * Words → texts → documents, with the word dictionary in MiniSearch's radix tree
 * (`minisearch/SearchableMap`) for prefix and fuzzy lookups, and the postings in typed arrays.
 * MiniSearch's own index keeps a Map per word and field and builds a result object per match,
 * which at 100k records took minutes to build and seconds per search; this keeps its lookups.
 */
export class InvertedIndex {
  readonly documentCount: number;
  private readonly dictionary: SearchableMap<number>;
  private readonly termStart: Int32Array;
  private readonly postingText: Int32Array;
  private readonly postingCount: Uint16Array;
  private readonly textStart: Int32Array;
  private readonly occurrenceDoc: Int32Array;
  private readonly occurrenceWeight: Uint8Array;
  private readonly names: Map<string, number[]>;
  /** Scratch, reused by every query (queries are synchronous, so never interleaved). */
  private readonly scores: Float64Array;
  private readonly matchedWords: Uint8Array;

  constructor(data: InvertedIndexData, documentCount: number) {
    this.documentCount = documentCount;
    this.dictionary = SearchableMap.from(data.terms.map((term, i) => [term, i]));
    this.termStart = Int32Array.from(data.termStart);
    this.postingText = Int32Array.from(data.postingText);
    this.postingCount = Uint16Array.from(data.postingCount);
    this.textStart = Int32Array.from(data.textStart);
    this.occurrenceDoc = Int32Array.from(data.occurrenceDoc);
    this.occurrenceWeight = Uint8Array.from(data.occurrenceWeight);
    this.names = new Map(Object.entries(data.names));
    this.scores = new Float64Array(documentCount);
    this.matchedWords = new Uint8Array(documentCount);
  }

  /** Indexes documents given as their fields (weights are small whole numbers). */
  static build(documents: Iterable<readonly SearchField[]>): InvertedIndex {
    const termIds = new Map<string, number>();
    const postings: number[][] = [];
    const textIds = new Map<string, number>();
    const occurrences: number[][] = [];
    const names = new Map<string, number[]>();
    let doc = 0;
    for (const fields of documents) {
      for (const [text, weight, kind] of fields) {
        if (text === undefined || text.length === 0) continue;
        const key = typeof text === "string" ? text : text.join("\n");
        let textId = textIds.get(key);
        if (textId === undefined) {
          textIds.set(key, (textId = occurrences.length));
          occurrences.push([]);
          const counts = new Map<string, number>();
          for (const term of tokenize(key)) counts.set(term, (counts.get(term) ?? 0) + 1);
          for (const [term, count] of counts) {
            let termId = termIds.get(term);
            if (termId === undefined) {
              termIds.set(term, (termId = postings.length));
              postings.push([]);
            }
            postings[termId]!.push(textId, Math.min(count, 0xffff));
          }
        }
        occurrences[textId]!.push(doc, weight);
        if (kind === "name") {
          const values = new Set((typeof text === "string" ? [text] : text).map(nameKey));
          for (const value of values) {
            const list = names.get(value);
            if (list) list.push(doc, weight);
            else names.set(value, [doc, weight]);
          }
        }
      }
      doc++;
    }
    const order = [...termIds.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const data: InvertedIndexData = {
      terms: order,
      termStart: [0],
      postingText: [],
      postingCount: [],
      textStart: [0],
      occurrenceDoc: [],
      occurrenceWeight: [],
      names: Object.fromEntries(names),
    };
    for (const term of order) {
      const list = postings[termIds.get(term)!]!;
      for (let i = 0; i < list.length; i += 2) {
        data.postingText.push(list[i]!);
        data.postingCount.push(list[i + 1]!);
      }
      data.termStart.push(data.postingText.length);
    }
    for (const list of occurrences) {
      for (let i = 0; i < list.length; i += 2) {
        data.occurrenceDoc.push(list[i]!);
        data.occurrenceWeight.push(list[i + 1]!);
      }
      data.textStart.push(data.occurrenceDoc.length);
    }
    return new InvertedIndex(data, doc);
  }

  /** The index as plain arrays, for JSON. */
  toData(): InvertedIndexData {
    const terms: string[] = new Array<string>(this.dictionary.size);
    for (const [term, id] of this.dictionary) terms[id] = term;
    return {
      terms,
      termStart: [...this.termStart],
      postingText: [...this.postingText],
      postingCount: [...this.postingCount],
      textStart: [...this.textStart],
      occurrenceDoc: [...this.occurrenceDoc],
      occurrenceWeight: [...this.occurrenceWeight],
      names: Object.fromEntries(this.names),
    };
  }

  /**
   * Documents holding every word, with their scores: for each word, a field's weight for each
   * occurrence of it (half for a longer word it begins), plus a bonus when the words are a whole
   * name. A word found nowhere, whole or as a prefix, matches words a typo or two away.
   * `accept` narrows the documents (by type); the result is unordered.
   */
  query(
    words: readonly string[],
    accept?: (doc: number) => boolean,
  ): { docs: Int32Array; scores: Float64Array } {
    const expansions = words.map((word) => this.expand(word));
    // Rarest word first: later words only visit documents every earlier word matched.
    const order = expansions
      .map((terms, i) => ({ terms, cost: this.cost(terms), i }))
      .sort((a, b) => a.cost - b.cost);
    const { scores, matchedWords } = this;
    const candidates: number[] = [];
    order.forEach(({ terms }, round) => {
      for (const [termId, factor] of terms) {
        for (let p = this.termStart[termId]!; p < this.termStart[termId + 1]!; p++) {
          const text = this.postingText[p]!;
          const count = this.postingCount[p]! * factor;
          for (let o = this.textStart[text]!; o < this.textStart[text + 1]!; o++) {
            const doc = this.occurrenceDoc[o]!;
            const seen = matchedWords[doc]!;
            if (seen === round) {
              if (round === 0) {
                if (accept && !accept(doc)) continue;
                candidates.push(doc);
              }
              matchedWords[doc] = round + 1;
            } else if (seen !== round + 1) continue;
            scores[doc] = scores[doc]! + count * this.occurrenceWeight[o]!;
          }
        }
      }
    });
    const needed = words.length;
    let hits = 0;
    for (const doc of candidates) if (matchedWords[doc] === needed) hits++;
    const docs = new Int32Array(hits);
    const result = new Float64Array(hits);
    let h = 0;
    const named = this.names.get(words.join(" "));
    for (const doc of candidates) {
      if (matchedWords[doc] === needed) {
        docs[h] = doc;
        result[h++] = scores[doc]!;
      }
      scores[doc] = 0;
      matchedWords[doc] = 0;
    }
    if (named && hits > 0) {
      const position = new Map<number, number>();
      docs.forEach((doc, i) => position.set(doc, i));
      for (let i = 0; i < named.length; i += 2) {
        const at = position.get(named[i]!);
        if (at !== undefined) result[at] = result[at]! + named[i + 1]! * EXACT_NAME_FACTOR;
      }
    }
    return { docs, scores: result };
  }

  /** The terms a query word matches, each with its factor. */
  private expand(word: string): [termId: number, factor: number][] {
    const terms: [number, number][] = [];
    const exact = this.dictionary.get(word);
    if (exact !== undefined) terms.push([exact, 1]);
    for (const id of this.dictionary.atPrefix(word).values()) {
      if (id !== exact) terms.push([id, PREFIX_FACTOR]);
    }
    const distance = fuzzyDistance(word);
    if (terms.length === 0 && distance > 0) {
      for (const [id, d] of this.dictionary.fuzzyGet(word, distance).values())
        terms.push([id, fuzzyFactor(d)]);
    }
    return terms;
  }

  /** How many occurrences a word's terms have: the documents a query on it visits. */
  private cost(terms: readonly [number, number][]): number {
    let cost = 0;
    for (const [id] of terms) {
      for (let p = this.termStart[id]!; p < this.termStart[id + 1]!; p++) {
        const text = this.postingText[p]!;
        cost += this.textStart[text + 1]! - this.textStart[text]!;
      }
    }
    return cost;
  }
}

/** A name as a whole query must spell it: its folded words, joined by a space. */
function nameKey(value: string): string {
  return tokenize(value).join(" ");
}
