import { bigrams, tokenize } from './tokens';

/** What the matcher needs of a catalogue entry: its id and the wordings to compare with. */
export interface MatchableEntry {
  id: string;
  texts: string[];
}

export interface ErrorMatch {
  id: string;
  /** 0 to 1. */
  score: number;
}

interface IndexedText {
  unigrams: Map<string, number>;
  bigrams: Set<string>;
  weight: number;
}

/**
 * Ranks catalogue entries against a pasted message. Built once per catalogue;
 * each query is linear in the length of the paste.
 *
 * Score: how much of the entry's wording the paste contains (rare words weigh
 * more), how much of it in the same order, and how much of the paste the entry
 * explains, so that both a whole pasted log line and a few typed words work.
 */
export class ErrorMatcher {
  private readonly entries: { id: string; texts: IndexedText[] }[];
  private readonly idf = new Map<string, number>();

  constructor(entries: MatchableEntry[]) {
    const documentFrequency = new Map<string, number>();
    const tokenized = entries.map((e) => ({ id: e.id, texts: e.texts.map((t) => tokenize(t)) }));
    for (const e of tokenized) {
      for (const t of new Set(e.texts.flat())) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
    }
    const n = entries.length;
    for (const [t, df] of documentFrequency) this.idf.set(t, Math.log(1 + n / df));
    this.entries = tokenized.map((e) => ({
      id: e.id,
      texts: e.texts.map((tokens) => {
        const unigrams = new Map<string, number>();
        for (const t of new Set(tokens)) unigrams.set(t, this.weightOf(t));
        return { unigrams, bigrams: new Set(bigrams(tokens)), weight: [...unigrams.values()].reduce((a, b) => a + b, 0) };
      }),
    }));
  }

  /** Entries ranked best first; entries that share nothing with the paste are left out. */
  match(input: string, limit = 5): ErrorMatch[] {
    const tokens = tokenize(input);
    if (tokens.length === 0) return [];
    const inputSet = new Set(tokens);
    const inputBigrams = new Set(bigrams(tokens));
    // Words the catalogue never uses (the reader's own names) weigh as little as the commonest word.
    const inputWeight = [...inputSet].reduce((sum, t) => sum + (this.idf.has(t) ? this.weightOf(t) : 0.1), 0);
    const results: ErrorMatch[] = [];
    for (const entry of this.entries) {
      let best = 0;
      for (const text of entry.texts) {
        let matched = 0;
        for (const [t, w] of text.unigrams) if (inputSet.has(t)) matched += w;
        if (matched === 0) continue;
        let pairs = 0;
        for (const b of text.bigrams) if (inputBigrams.has(b)) pairs++;
        const recall = matched / text.weight;
        const order = text.bigrams.size > 0 ? pairs / text.bigrams.size : recall;
        const precision = Math.min(1, matched / inputWeight);
        best = Math.max(best, 0.45 * recall + 0.25 * order + 0.3 * precision);
      }
      if (best > 0) results.push({ id: entry.id, score: best });
    }
    return results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }

  private weightOf(token: string): number {
    return this.idf.get(token) ?? 0;
  }
}
