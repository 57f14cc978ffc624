/**
 * Turns an error message into tokens for matching. The values that differ
 * between a reader's message and the catalogue (account IDs, Regions, request
 * and task IDs, timestamps, numbers, the catalogue's <placeholders>) are
 * dropped, so that what is left is the wording AWS uses. Japanese has no spaces,
 * so runs of CJK characters become overlapping character pairs.
 */

/** The most of a paste that is read: enough for any real message, and bounded so a huge paste cannot stall the page. */
export const MAX_INPUT = 20_000;

// Order matters: the longer shapes first, so an ARN's account ID is not left behind.
const VARIABLE_PARTS: RegExp[] = [
  /<[a-z0-9_-]{1,40}>/gi, // the catalogue's own placeholders
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // request IDs
  /\b[0-9a-f]{32}\b/gi, // ECS task IDs
  /\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?/gi, // timestamps
  /\b[a-z]{2}(?:-gov)?-[a-z]+-\d\b/gi, // Regions
  /\b\d{12}\b/g, // account IDs
  /\b\d+\b/g, // other numbers (status codes stay as words: "403" is rarely decisive)
];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

// English glue words: they say nothing about which error it is, and alone they must not match anything.
const STOPWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'is', 'are', 'was', 'be', 'been', 'and', 'or', 'with', 'this', 'that', 'it', 'as', 'from', 'has', 'have']);

export function tokenize(text: string): string[] {
  let t = text.slice(0, MAX_INPUT);
  for (const pattern of VARIABLE_PARTS) t = t.replace(pattern, ' ');
  const tokens: string[] = [];
  // Words: letters then letters/digits; CJK runs: character pairs.
  for (const m of t.matchAll(/[a-z][a-z0-9]*|[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]+/gi)) {
    const word = m[0];
    if (CJK.test(word[0])) {
      if (word.length === 1) tokens.push(word);
      for (let i = 0; i + 1 < word.length; i++) tokens.push(word.slice(i, i + 2));
    } else {
      const lower = word.toLowerCase();
      if (!STOPWORDS.has(lower)) tokens.push(lower);
    }
  }
  return tokens;
}

/** Adjacent token pairs: they reward matching the wording in order, not just the words. */
export function bigrams(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}
