import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Finding } from '../../src/engine/findings';
import { CFN_LINT_VERSION } from './toolVersions';

const run = promisify(execFile);

export interface CfnLintTool {
  command: string;
  version: string;
}

/** The one-line instruction printed when the pinned cfn-lint cannot be found or installed. */
export const CFN_LINT_INSTALL_HINT = `cfn-lint ${CFN_LINT_VERSION} is required: run \`npm run setup:cfn-lint\`, or install it yourself with \`pipx install cfn-lint==${CFN_LINT_VERSION}\` (or \`pip install cfn-lint==${CFN_LINT_VERSION}\`)`;

/**
 * Finds the pinned cfn-lint: a .venv first (installed by
 * scripts/setup-cfn-lint.sh), then PATH. Another version is refused, since its
 * rules differ and a snippet verified with it would not be what we publish,
 * unless `allowOtherVersion` (the drift watch, which runs the newest cfn-lint on purpose).
 */
export async function findCfnLint(root: string, options: { allowOtherVersion?: boolean } = {}): Promise<CfnLintTool | { error: string }> {
  // The checkout's own .venv, then this project's (when verifying another root), then PATH.
  const candidates = [join(root, '.venv', 'bin', 'cfn-lint'), resolve(import.meta.dirname, '../../.venv/bin/cfn-lint'), 'cfn-lint'];
  let other: string | undefined;
  for (const command of candidates) {
    if (command.includes('/') && !existsSync(command)) continue;
    try {
      const { stdout } = await run(command, ['--version'], { timeout: 60_000 });
      const version = /(\d+\.\d+\.\d+)/.exec(stdout)?.[1];
      if (version === CFN_LINT_VERSION || (options.allowOtherVersion && version)) return { command, version };
      other = version;
    } catch {
      // not installed here; try the next place
    }
  }
  return { error: other ? `found cfn-lint ${other}, but Rolebook pins ${CFN_LINT_VERSION}. ${CFN_LINT_INSTALL_HINT}` : CFN_LINT_INSTALL_HINT };
}

/** Runs cfn-lint once over all templates (one process: its start-up is 2-3 s). */
export async function runCfnLint(tool: CfnLintTool, root: string, files: string[]): Promise<Finding[]> {
  if (files.length === 0) return [];
  try {
    const { stdout } = await run(tool.command, ['--format', 'json', '--', ...files], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return parseCfnLintJson(stdout, root);
  } catch (error) {
    // cfn-lint exits non-zero whenever it finds something; its JSON is still on stdout.
    const e = error as { stdout?: string; stderr?: string; code?: number };
    if (e.stdout && e.stdout.trim().startsWith('[')) return parseCfnLintJson(e.stdout, root);
    const why = (e.stderr ?? String(error)).trim().split('\n').pop();
    return [{ file: files[0], line: 1, column: 1, rule: 'cfn-lint/run', message: `cfn-lint failed to run: ${why}` }];
  }
}

interface CfnLintMatch {
  Filename: string;
  Level: 'Error' | 'Warning' | 'Informational';
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number; ColumnNumber: number } };
}

/** Turns cfn-lint's `--format json` output into findings. Errors and warnings count; informational notes do not. */
export function parseCfnLintJson(stdout: string, root: string): Finding[] {
  const matches = JSON.parse(stdout) as CfnLintMatch[];
  return matches
    .filter((m) => m.Level !== 'Informational')
    .map((m) => ({
      file: relative(root, resolve(root, m.Filename)),
      line: m.Location.Start.LineNumber,
      column: m.Location.Start.ColumnNumber,
      rule: `cfn-lint/${m.Rule.Id}`,
      message: m.Message,
    }));
}
