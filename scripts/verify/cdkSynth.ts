import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE_ENVIRONMENT } from '../../src/engine/model/deployment';

const run = promisify(execFile);

export interface SynthResult {
  /** The stack file, relative to the project root. */
  file: string;
  /** Synthesized templates (path relative to the root), or the error that stopped synthesis. */
  templates: string[];
  error?: string;
}

/**
 * Synthesizes CDK stack files with the real aws-cdk-lib, in one child process,
 * into `outRoot/<key>/`. No AWS account is needed: stacks are environment-agnostic
 * and the account and Region are the example environment's.
 */
export async function synthesizeStacks(root: string, outRoot: string, stacks: { file: string; key: string }[]): Promise<SynthResult[]> {
  if (stacks.length === 0) return [];
  const args: string[] = [];
  for (const s of stacks) {
    const outdir = join(outRoot, s.key);
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    args.push(outdir, resolve(root, s.file));
  }
  const errors = new Map<string, string>();
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'cdkSynthRunner.ts'), ...args], {
      cwd: root,
      maxBuffer: 64 << 20,
      env: {
        ...process.env,
        CDK_DEFAULT_ACCOUNT: EXAMPLE_ENVIRONMENT.accountId,
        CDK_DEFAULT_REGION: EXAMPLE_ENVIRONMENT.region,
        // No version-reporting resource (the template is read, not deployed); construct paths kept, to name roles.
        CDK_CONTEXT_JSON: JSON.stringify({ 'aws:cdk:version-reporting': false, 'aws:cdk:enable-path-metadata': true }),
      },
    });
    collectErrors(stderr, errors, root);
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    collectErrors(e.stderr ?? '', errors, root);
    if (errors.size === 0) for (const s of stacks) errors.set(s.file, (e.stderr ?? e.message).trim().split('\n').pop() ?? e.message);
  }
  return stacks.map((s) => {
    const outdir = join(outRoot, s.key);
    const templates = existsSync(outdir) ? readdirSync(outdir).filter((f) => f.endsWith('.template.json')).map((f) => join(outdir, f)) : [];
    const error = errors.get(s.file) ?? (templates.length === 0 ? 'synthesis produced no template (does the file create an App and a Stack?)' : undefined);
    return { file: s.file, templates: templates.map((t) => t.slice(root.length + 1)), error };
  });
}

function collectErrors(stderr: string, errors: Map<string, string>, root: string): void {
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const { file, message } = JSON.parse(line) as { file: string; message: string };
      errors.set(file.startsWith(root) ? file.slice(root.length + 1) : file, message.split('\n')[0]);
    } catch {
      // not one of ours
    }
  }
}
