/**
 * npm run bench:decoder: the decoder's accuracy and speed. Every catalogue
 * message is filled in several realistic ways (other account IDs and Regions,
 * request and task IDs, SDK and CLI wrapper text, line breaks, a message cut
 * short) and run through the same matcher the /errors page uses. Prints top-1
 * and top-3 accuracy per role type and per variant, and the slowest query.
 */
import { ERROR_CATALOGUE } from '../src/data/errorCatalogue';
import { ErrorMatcher } from '../src/engine/decoder/matchErrors';
import { fillVariants } from './decoder/fillVariants';

const matcher = new ErrorMatcher(ERROR_CATALOGUE.map((e) => ({ id: e.id, texts: e.messageJa ? [e.message, e.messageJa] : [e.message] })));
// Warm the JIT the way a reader's first keystroke would not be timed either.
for (let i = 0; i < 20; i++) matcher.match(ERROR_CATALOGUE[i % ERROR_CATALOGUE.length].message);

type Tally = { n: number; top1: number; top3: number };
const byRole = new Map<string, Tally>();
const byVariant = new Map<string, Tally>();
const misses: string[] = [];
let slowest = 0;
let slowestLength = 0;
const add = (map: Map<string, Tally>, key: string, top1: boolean, top3: boolean) => {
  const t = map.get(key) ?? { n: 0, top1: 0, top3: 0 };
  t.n++;
  if (top1) t.top1++;
  if (top3) t.top3++;
  map.set(key, t);
};

ERROR_CATALOGUE.forEach((entry, index) => {
  for (const { variant, text } of fillVariants(entry.message, index)) {
    const started = performance.now();
    const results = matcher.match(text, 3);
    const ms = performance.now() - started;
    if (ms > slowest) [slowest, slowestLength] = [ms, text.length];
    const top1 = results[0]?.id === entry.id;
    const top3 = results.some((r) => r.id === entry.id);
    add(byRole, entry.roleType, top1, top3);
    add(byVariant, variant, top1, top3);
    if (!top1) misses.push(`${variant} ${entry.id} -> ${results.map((r) => `${r.id} ${r.score.toFixed(2)}`).join(', ')}`);
  }
});

// A 2 KB paste: a real message inside a page of log lines.
const noise = 'INFO 2026-11-25T18:00:00Z request served in 12 ms path=/health status=200\n'.repeat(24);
const big = `${noise}${ERROR_CATALOGUE[0].message}\n${noise}`.slice(0, 2048);
const t0 = performance.now();
for (let i = 0; i < 100; i++) matcher.match(big);
const perBig = (performance.now() - t0) / 100;

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const print = (title: string, map: Map<string, Tally>) => {
  console.log(title);
  for (const [key, t] of [...map].sort()) console.log(`  ${key.padEnd(24)} n=${String(t.n).padStart(3)}  top-1 ${pct(t.top1, t.n).padStart(6)}  top-3 ${pct(t.top3, t.n).padStart(6)}`);
};
const all = [...byVariant.values()].reduce((a, t) => ({ n: a.n + t.n, top1: a.top1 + t.top1, top3: a.top3 + t.top3 }), { n: 0, top1: 0, top3: 0 });
console.log(`decoder: ${ERROR_CATALOGUE.length} catalogue entries, ${all.n} filled messages: top-1 ${pct(all.top1, all.n)}, top-3 ${pct(all.top3, all.n)}`);
print('by role type', byRole);
print('by variant', byVariant);
console.log(`slowest query: ${slowest.toFixed(2)} ms (${slowestLength} chars); a 2 KB paste: ${perBig.toFixed(2)} ms on average`);
if (misses.length > 0) console.log(`not first:\n  ${misses.join('\n  ')}`);
