import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../engine/findings';
import { isJsonSyntaxError, parseJsonSource } from '../engine/jsonSource';
import { validateExampleMeta, type ExampleFile, type ExampleMeta } from './exampleMeta';

export interface LoadedFile extends ExampleFile {
  /** Relative to the project root. */
  projectPath: string;
  text: string;
  sha256: string;
}

export interface LoadedExample {
  meta: ExampleMeta;
  dir: string;
  /** `examples/<id>/example.json`, relative to the project root. */
  metaPath: string;
  metaText: string;
  /** True for the wrong versions under examples/mistakes/. */
  mistake: boolean;
  files: LoadedFile[];
}

export const EXAMPLES_DIR = 'examples';
export const MISTAKES_DIR = join(EXAMPLES_DIR, 'mistakes');

/** Reads every example folder (and every folder under examples/mistakes/). Problems are findings, never exceptions. */
export function loadExamples(root: string): { examples: LoadedExample[]; problems: Finding[] } {
  const examples: LoadedExample[] = [];
  const problems: Finding[] = [];
  for (const [base, mistake] of [[EXAMPLES_DIR, false], [MISTAKES_DIR, true]] as const) {
    const abs = join(root, base);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (!entry.isDirectory() || (!mistake && entry.name === 'mistakes')) continue;
      const dir = join(abs, entry.name);
      const metaPath = relative(root, join(dir, 'example.json'));
      if (!existsSync(join(dir, 'example.json'))) {
        problems.push({ file: relative(root, dir), line: 1, column: 1, rule: 'example/meta', message: 'this example folder has no example.json' });
        continue;
      }
      const text = readFileSync(join(dir, 'example.json'), 'utf8');
      const parsed = parseJsonSource(text);
      if (isJsonSyntaxError(parsed)) {
        problems.push({ file: metaPath, ...parsed.position, rule: 'example/meta', message: parsed.message });
        continue;
      }
      const metaProblems = validateExampleMeta(parsed.value, entry.name, mistake);
      for (const p of metaProblems) problems.push({ file: metaPath, ...parsed.locate(p.path), rule: 'example/meta', message: p.message });
      if (metaProblems.length > 0) continue;
      const meta = parsed.value as ExampleMeta;
      const files: LoadedFile[] = [];
      meta.files.forEach((file, i) => {
        const abs = join(dir, file.path);
        if (!existsSync(abs)) {
          problems.push({ file: metaPath, ...parsed.locate(['files', i, 'path']), rule: 'example/meta', message: `"${file.path}" does not exist in ${relative(root, dir)}` });
          return;
        }
        const fileText = readFileSync(abs, 'utf8');
        files.push({ ...file, projectPath: relative(root, abs), text: fileText, sha256: sha256(fileText) });
      });
      examples.push({ meta, dir: relative(root, dir), metaPath, metaText: text, mistake, files });
    }
  }
  examples.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  return { examples, problems };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
