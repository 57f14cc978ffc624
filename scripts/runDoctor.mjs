// npm run doctor: runs the role doctor CLI (scripts/doctor.ts) as one esbuild bundle with plain Node.
// Through tsx, start-up alone costs about 2 s; the bundle is rebuilt only when a source is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'rolebook', 'doctor.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(statSync(join(root, 'scripts', 'doctor.ts')).mtimeMs, newestSource(join(root, 'src', 'engine')), newestSource(join(root, 'src', 'data')), statSync(join(root, 'package-lock.json')).mtimeMs);
if (!existsSync(outfile) || statSync(outfile).mtimeMs < sources) {
  const { build } = await import('esbuild');
  await build({ entryPoints: [join(root, 'scripts', 'doctor.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
}
await import(pathToFileURL(outfile).href);
