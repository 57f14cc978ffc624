/**
 * npm run bench: measures verify cold (empty cache) and warm (nothing changed),
 * counts snippets per format, and times the production build. Numbers go in
 * issue notes; no test asserts a time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadExamples } from '../src/examples/loadExamples';

function timed(label: string, command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(`${label} failed:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  console.log(`${label.padEnd(28)} ${seconds.toFixed(2)} s`);
  return seconds;
}

const { examples } = loadExamples(process.cwd());
const counts = new Map<string, number>();
for (const e of examples.filter((x) => !x.mistake)) for (const f of e.files) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
console.log(`snippets: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')} (${examples.length} examples)`);
console.log(`machine: ${execFileSync('nproc').toString().trim()} cores, node ${process.version}`);

rmSync('.verify-cache', { recursive: true, force: true });
timed('verify, cold (no cache)', 'npx', ['tsx', 'scripts/verify.ts']);
const warm = [1, 2, 3].map(() => timed('verify, warm (no change)', 'npx', ['tsx', 'scripts/verify.ts']));
console.log(`verify, warm median          ${warm.sort()[1].toFixed(2)} s`);
rmSync('build', { recursive: true, force: true });
timed('build ja + en', 'npx', ['docusaurus', 'build']);
