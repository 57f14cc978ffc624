/**
 * npm run bench:doctor: how long the role doctor takes on a realistic stack
 * (scripts/doctor/benchTemplates.ts), in the built site in Debian's Chromium
 * and through the CLI. A benchmark, not a test: it prints a table.
 *
 * In the browser it reads the `rolebook-doctor` performance measures the page
 * records (src/components/RoleDoctor): from the request to the rendered
 * report, and the engine's own time in the worker. The first run includes
 * starting the worker, fetching the engine, the IAM data it reads and, for
 * Terraform, the HCL parser's WebAssembly. Needs a build (`npm run build`, or
 * ROLEBOOK_BUILD_DIR=<dir> for another one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { BUILD_DIR, hydrated, launchChromium, serveBuild } from '../tests/browser/harness';
import { cloudFormationTemplate, terraformConfiguration } from './doctor/benchTemplates';

const WARM_RUNS = 9;
const CLI_RUNS = 5;
const ROOT = resolve(import.meta.dirname, '..');

interface Measure {
  totalMs: number;
  engineMs: number;
}

interface Row {
  what: string;
  first: string;
  warm: string;
  note: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** What the served files of some requests weigh, as stored and gzipped (as a host that compresses sends them; a .gz file is sent as is). */
function weigh(paths: string[]): string {
  let raw = 0;
  let gz = 0;
  for (const path of new Set(paths)) {
    const bytes = readFileSync(join(BUILD_DIR, decodeURIComponent(path)));
    raw += bytes.length;
    gz += path.endsWith('.gz') ? bytes.length : gzipSync(bytes).length;
  }
  return raw === gz ? `${kb(raw)} (gzip file)` : `${kb(raw)} (${kb(gz)} gz)`;
}
const lines = (text: string) => text.split('\n').length;

/** Runs the doctor once (`start` gives it input or clicks Diagnose) and reads that run's measure. */
async function diagnoseOnce(page: Page, start: () => Promise<void>): Promise<Measure & { findings: number; roles: number }> {
  const before = Number(await page.locator('[data-testid="doctor"]').getAttribute('data-runs'));
  await start();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="doctor"]')?.getAttribute('data-runs')) > n, before, { timeout: 60_000 });
  const state = await page.locator('[data-testid="doctor"]').getAttribute('data-state');
  if (state !== 'done') throw new Error(`the doctor ended in state ${state}: ${await page.locator('[data-testid="doctor-summary"]').innerText()}`);
  return page.evaluate(() => {
    const all = performance.getEntriesByName('rolebook-doctor', 'measure') as PerformanceMeasure[];
    const last = all[all.length - 1];
    return {
      totalMs: last.duration,
      engineMs: (last.detail as { engineMs: number }).engineMs,
      findings: document.querySelectorAll('[data-testid="doctor-findings"] li[data-rule]').length,
      roles: document.querySelectorAll('[data-testid="doctor-roles"] li[data-role]').length,
    };
  });
}

async function benchBrowser(rows: Row[]): Promise<void> {
  const { server, origin } = await serveBuild();
  const browser = await launchChromium();
  try {
    for (const input of [
      { label: 'CloudFormation', name: 'template.yaml', text: cloudFormationTemplate() },
      { label: 'Terraform', name: 'main.tf', text: terraformConfiguration() },
    ]) {
      // A fresh context each time: nothing cached, as for a reader opening the page.
      const context = await browser.newContext();
      const page = await context.newPage();
      // Requests of the page and of its worker, as paths in the build.
      const fetched: string[] = [];
      page.on('requestfinished', (request) => void fetched.push(new URL(request.url()).pathname));
      await page.goto(`${origin}/doctor`, { waitUntil: 'networkidle' });
      await hydrated(page);
      const loaded = fetched.length;
      const picker = page.locator('[data-testid="doctor-files"]');
      const first = await diagnoseOnce(page, () => picker.setInputFiles({ name: input.name, mimeType: 'text/plain', buffer: Buffer.from(input.text) }));
      await page.waitForTimeout(200);
      const during = fetched.slice(loaded);
      const iamData = during.filter((p) => p.includes('/iam-data/'));
      const wasm = during.filter((p) => p.includes('/hcl2json/'));
      const warm: Measure[] = [];
      for (let i = 0; i < WARM_RUNS; i++) warm.push(await diagnoseOnce(page, () => page.locator('[data-testid="doctor-run"]').click()));
      rows.push({
        what: `browser, ${input.label} ${lines(input.text)} lines`,
        first: `${ms(first.totalMs)} (engine ${ms(first.engineMs)})`,
        warm: `${ms(median(warm.map((w) => w.totalMs)))} (engine ${ms(median(warm.map((w) => w.engineMs)))}), n=${WARM_RUNS}`,
        note:
          `${first.findings} findings, ${first.roles} roles; the first run fetched engine JS ${weigh(during.filter((p) => p.endsWith('.js')))}, ` +
          `${iamData.length} IAM data files ${weigh(iamData)}` +
          (wasm.length > 0 ? `, the HCL parser ${weigh(wasm)}` : ''),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function benchCli(rows: Row[]): void {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.doctor || !existsSync(join(ROOT, 'scripts/doctor.ts'))) {
    rows.push({ what: 'CLI, npm run doctor', first: 'skipped', warm: 'skipped', note: 'scripts/doctor.ts or the `doctor` npm script is not there yet' });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rolebook-bench-doctor-'));
  try {
    for (const input of [
      { label: 'CloudFormation', name: 'template.yaml', text: cloudFormationTemplate() },
      { label: 'Terraform', name: 'main.tf', text: terraformConfiguration() },
    ]) {
      const file = join(dir, input.name);
      writeFileSync(file, input.text);
      const times: number[] = [];
      let status: number | null = null;
      for (let i = 0; i < CLI_RUNS; i++) {
        const start = performance.now();
        const run = spawnSync('npm', ['run', '--silent', 'doctor', '--', file], { cwd: ROOT, encoding: 'utf8' });
        times.push(performance.now() - start);
        status = run.status;
        if (run.error) throw run.error;
      }
      rows.push({
        what: `CLI, ${input.label} ${lines(input.text)} lines`,
        first: ms(times[0]),
        warm: `${ms(median(times.slice(1)))}, n=${CLI_RUNS - 1}`,
        note: `wall time of \`npm run doctor -- ${input.name}\` with start-up; exit code ${status}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]): void {
  const header: Row = { what: 'measurement', first: 'first run', warm: 'warm (median)', note: 'notes' };
  const cols = ['what', 'first', 'warm', 'note'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[header, ...rows].map((r) => r[c].length))])) as Record<(typeof cols)[number], number>;
  const line = (r: Row) => `| ${cols.map((c) => r[c].padEnd(width[c])).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${cols.map((c) => '-'.repeat(width[c])).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  await benchBrowser(rows);
  benchCli(rows);
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(`bench:doctor: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
