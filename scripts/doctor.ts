/**
 * npm run doctor -- <file or folder>... [--lang ja|en] [--format text|json]
 *
 * Runs the role doctor on your own templates (CloudFormation, SAM, CDK output,
 * Terraform, ECS task definition JSON) and prints `path:line: [rule] message`.
 * Exit code 1 when there is an error finding, 0 otherwise (2 when the command
 * itself is used wrongly), so it can gate your CI.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diagnose } from '../src/engine/doctor/diagnose';
import type { DoctorInput } from '../src/engine/doctor/types';

const READABLE = /\.(ya?ml|json|template|tf)$/i;

function usage(message: string): never {
  console.error(`doctor: ${message}\nusage: npm run doctor -- <file or folder>... [--lang ja|en] [--format text|json]`);
  process.exit(2);
}

function parseArgs(argv: string[]): { paths: string[]; lang: 'ja' | 'en'; format: 'text' | 'json' } {
  const paths: string[] = [];
  let lang: 'ja' | 'en' = /^ja/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'ja' : 'en';
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') {
      const v = argv[++i];
      if (v !== 'ja' && v !== 'en') usage('--lang takes ja or en');
      lang = v;
    } else if (arg === '--format') {
      const v = argv[++i];
      if (v !== 'text' && v !== 'json') usage('--format takes text or json');
      format = v;
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (paths.length === 0) usage('name at least one file or folder');
  return { paths, lang, format };
}

/** A folder's files the doctor reads (not recursing into .terraform or node_modules). */
function collect(path: string, out: DoctorInput[]): void {
  if (!existsSync(path)) usage(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry.startsWith('.') || entry === 'node_modules' || entry === 'cdk.out') continue;
      const child = join(path, entry);
      if (statSync(child).isDirectory()) collect(child, out);
      else if (entry === 'example.json') continue;
      else if (READABLE.test(entry) && !/package(-lock)?\.json$|tsconfig\.json$/.test(entry)) out.push({ name: relative(process.cwd(), child) || child, text: readFileSync(child, 'utf8'), fromFolder: true });
    }
  } else out.push({ name: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
}

async function main(): Promise<number> {
  const { paths, lang, format } = parseArgs(process.argv.slice(2));
  const inputs: DoctorInput[] = [];
  for (const p of paths) collect(p, inputs);
  const report = await diagnose(inputs);
  if (format === 'json') {
    const findings = report.findings.map((f) => ({ rule: f.rule, kind: f.kind, severity: f.severity, file: f.file, line: f.line, role: f.role, roleType: f.roleType, message: f.message[lang], fix: f.fix[lang], ...(f.change ? { change: f.change } : {}), errorIds: f.errorIds, page: f.page }));
    const problems = report.problems.map((p) => ({ file: p.file, line: p.line, message: p.message[lang] }));
    console.log(JSON.stringify({ findings, problems, roles: report.roles }, null, 2));
  } else {
    for (const p of report.problems) console.log(`${p.file}:${p.line}: [input] ${p.message[lang]}`);
    for (const f of report.findings) console.log(`${f.file}:${f.line}: [${f.rule}] ${f.severity}: ${f.message[lang]}\n    ${lang === 'ja' ? '対処' : 'fix'}: ${f.fix[lang]}`);
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.length - errors;
    console.error(lang === 'ja' ? `ロールドクター: ${inputs.length} ファイル、ロール ${report.roles.length} 個、エラー ${errors} 件、警告 ${warnings} 件` : `role doctor: ${inputs.length} file(s), ${report.roles.length} role(s), ${errors} error(s), ${warnings} warning(s)`);
  }
  return report.findings.some((f) => f.severity === 'error') || report.problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`doctor: ${(error as Error)?.message ?? String(error)}`);
    process.exit(2);
  },
);
