/**
 * npm test: every check the project has, in order, stopping at the first that fails.
 * 1. the project's own TypeScript, strict   2. npm run verify (examples and pages)
 * 3. the production build of both locales, and its check (scripts/checkSite.ts)
 * 4. the same build for the sub-path /rolebook/ (as GitHub Pages serves a project site), and its check
 * 5. unit tests and browser tests (node:test), the sub-path build's included
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

// Node 20's test runner takes files, not globs.
const testFiles = ['tests/unit', 'tests/browser'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `${dir}/${f}`));

// Where the sub-path build goes (git-ignored); tests/browser/subpath.test.ts serves it under /rolebook/.
const SUBPATH = { baseUrl: '/rolebook/', dir: 'build-subpath' };

const steps: { name: string; command: string; args: string[]; env?: Record<string, string> }[] = [
  { name: 'type-check (tsc --noEmit)', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'verify', command: 'npx', args: ['tsx', 'scripts/verify.ts'] },
  { name: 'build (ja + en)', command: 'npx', args: ['docusaurus', 'build'] },
  { name: 'site check (build)', command: 'npx', args: ['tsx', 'scripts/checkSite.ts', 'build', '--base-url', process.env.BASE_URL ?? '/'] },
  { name: `build for ${SUBPATH.baseUrl}`, command: 'npx', args: ['docusaurus', 'build', '--out-dir', SUBPATH.dir], env: { BASE_URL: SUBPATH.baseUrl } },
  { name: `site check (${SUBPATH.dir})`, command: 'npx', args: ['tsx', 'scripts/checkSite.ts', SUBPATH.dir, '--base-url', SUBPATH.baseUrl] },
  { name: 'unit and browser tests', command: 'npx', args: ['tsx', '--test', '--test-concurrency=1', ...testFiles] },
];

for (const step of steps) {
  const started = Date.now();
  console.log(`\n== ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\nnpm test: "${step.name}" failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`== ${step.name}: ok (${seconds} s)`);
}
