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

/**
 * Every score is a whole number of twelfths: field weights and counts are whole numbers, and
 * these factors are 6/12, 3/12 and 2/12 (so results can be sorted on whole-number keys).
 */
export const SCORE_TWELFTHS = 12;
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
  /** Occurrences of each term in all documents: what ranks a query's words, rarest first. */
  private termOccurrences?: Float64Array;

  private constructor(parts: IndexParts, documentCount: number) {
    this.documentCount = documentCount;
    this.dictionary = parts.dictionary;
    this.termStart = parts.termStart;
    this.postingText = parts.postingText;
    this.postingCount = parts.postingCount;
    this.textStart = parts.textStart;
    this.occurrenceDoc = parts.occurrenceDoc;
    this.occurrenceWeight = parts.occurrenceWeight;
    this.names = parts.names;
    this.scores = new Float64Array(documentCount);
    this.matchedWords = new Uint8Array(documentCount);
  }

  /** An index from its plain arrays (see toData). */
  static fromData(data: InvertedIndexData, documentCount: number): InvertedIndex {
    const dictionary = new SearchableMap<number>();
    data.terms.forEach((term, i) => dictionary.set(term, i));
    return new InvertedIndex(
      {
        dictionary,
        termStart: Int32Array.from(data.termStart),
        postingText: Int32Array.from(data.postingText),
        postingCount: Uint16Array.from(data.postingCount),
        textStart: Int32Array.from(data.textStart),
        occurrenceDoc: Int32Array.from(data.occurrenceDoc),
        occurrenceWeight: Uint8Array.from(data.occurrenceWeight),
        names: new Map(Object.entries(data.names)),
      },
      documentCount,
    );
  }

  /**
   * Indexes documents given as their fields (weights are small whole numbers). Postings are
   * collected in growable typed arrays and grouped by a counting sort: at 100k records, arrays
   * of arrays left hundreds of megabytes of garbage behind.
   */
  static build(documents: Iterable<readonly SearchField[]>): InvertedIndex {
    const termIds = new Map<string, number>(); // faster than the radix tree for exact lookups
    const textIds = new Map<string, number>();
    const postings = new Triples(); // term, text, count
    const occurrences = new Triples(); // text, document, weight
    const names = new Map<string, number[]>();
    const counts = new Map<string, number>();
    let doc = 0;
    for (const fields of documents) {
      for (const [text, weight, kind] of fields) {
        if (text === undefined || text.length === 0) continue;
        const key = typeof text === "string" ? text : text.join("\n");
        let textId = textIds.get(key);
        if (textId === undefined) {
          textIds.set(key, (textId = textIds.size));
          counts.clear();
          for (const term of tokenize(key)) counts.set(term, (counts.get(term) ?? 0) + 1);
          for (const [term, count] of counts) {
            let termId = termIds.get(term);
            if (termId === undefined) termIds.set(term, (termId = termIds.size));
            postings.push(termId, textId, Math.min(count, 0xffff));
          }
        }
        occurrences.push(textId, doc, weight);
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
    const dictionary = new SearchableMap<number>();
    for (const [term, id] of termIds) dictionary.set(term, id);
    const byTerm = postings.groupByFirst(termIds.size);
    const byText = occurrences.groupByFirst(textIds.size);
    return new InvertedIndex(
      {
        dictionary,
        termStart: byTerm.start,
        postingText: byTerm.second,
        postingCount: Uint16Array.from(byTerm.third),
        textStart: byText.start,
        occurrenceDoc: byText.second,
        occurrenceWeight: Uint8Array.from(byText.third),
        names,
      },
      doc,
    );
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
    const order = words
      .map((word) => this.expand(word))
      .map((terms) => ({ terms, cost: this.cost(terms) }))
      // Rarest word first: later words only visit documents every earlier word matched.
      .sort((a, b) => a.cost - b.cost);
    const { scores, matchedWords, termStart, postingText, postingCount, textStart } = this;
    const { occurrenceDoc, occurrenceWeight } = this;
    const candidates: number[] = [];
    for (let round = 0; round < order.length; round++) {
      for (const [termId, factor] of order[round]!.terms) {
        for (let p = termStart[termId]!; p < termStart[termId + 1]!; p++) {
          const text = postingText[p]!;
          const count = postingCount[p]! * factor;
          const end = textStart[text + 1]!;
          for (let o = textStart[text]!; o < end; o++) {
            const doc = occurrenceDoc[o]!;
            const seen = matchedWords[doc]!;
            if (seen === round) {
              if (round === 0) {
                if (accept && !accept(doc)) continue;
                candidates.push(doc);
              }
              matchedWords[doc] = round + 1;
            } else if (seen !== round + 1) continue;
            scores[doc] = scores[doc]! + count * occurrenceWeight[o]!;
          }
        }
      }
    }
    const needed = words.length;
    const named = this.names.get(words.join(" "));
    if (named) {
      for (let i = 0; i < named.length; i += 2) {
        const doc = named[i]!;
        if (matchedWords[doc] === needed)
          scores[doc] = scores[doc]! + named[i + 1]! * EXACT_NAME_FACTOR;
      }
    }
    let hits = 0;
    for (const doc of candidates) if (matchedWords[doc] === needed) hits++;
    const docs = new Int32Array(hits);
    const result = new Float64Array(hits);
    let h = 0;
    for (const doc of candidates) {
      if (matchedWords[doc] === needed) {
        docs[h] = doc;
        result[h++] = scores[doc]!;
      }
      scores[doc] = 0;
      matchedWords[doc] = 0;
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
    const occurrences = (this.termOccurrences ??= this.countTermOccurrences());
    let cost = 0;
    for (const [id] of terms) cost += occurrences[id]!;
    return cost;
  }

  private countTermOccurrences(): Float64Array {
    const counts = new Float64Array(this.termStart.length - 1);
    for (let id = 0; id < counts.length; id++) {
      for (let p = this.termStart[id]!; p < this.termStart[id + 1]!; p++) {
        const text = this.postingText[p]!;
        counts[id] = counts[id]! + this.textStart[text + 1]! - this.textStart[text]!;
      }
    }
    return counts;
  }
}

interface IndexParts {
  dictionary: SearchableMap<number>;
  termStart: Int32Array;
  postingText: Int32Array;
  postingCount: Uint16Array;
  textStart: Int32Array;
  occurrenceDoc: Int32Array;
  occurrenceWeight: Uint8Array;
  names: Map<string, number[]>;
}

/** Rows of three integers in a growable typed array. */
class Triples {
  private data = new Int32Array(3 * 1024);
  private length = 0;

  push(first: number, second: number, third: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = first;
    this.data[this.length++] = second;
    this.data[this.length++] = third;
  }

  /**
   * The rows grouped by their first value (0 to groups - 1), in the order they were pushed:
   * group g's second and third values are at start[g] to start[g + 1].
   */
  groupByFirst(groups: number) {
    const rows = this.length / 3;
    const start = new Int32Array(groups + 1);
    for (let r = 0; r < rows; r++) start[this.data[3 * r]! + 1]!++;
    for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
    const next = start.slice(0, groups);
    const second = new Int32Array(rows);
    const third = new Int32Array(rows);
    for (let r = 0; r < rows; r++) {
      const at = next[this.data[3 * r]!]!++;
      second[at] = this.data[3 * r + 1]!;
      third[at] = this.data[3 * r + 2]!;
    }
    return { start, second, third };
  }
}

/** A name as a whole query must spell it: its folded words, joined by a space. */
function nameKey(value: string): string {
  return tokenize(value).join(" ");
}
