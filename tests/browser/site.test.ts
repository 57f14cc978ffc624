import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { hydrated, openSite, type Site } from './harness';

let site: Site;
let origin: string;
let context: BrowserContext;
let outside: string[];

before(async () => {
  site = await openSite();
  ({ origin, context, outside } = site);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await hydrated(page);
  return page;
}

test('the Japanese home page renders the role table', async () => {
  const page = await open('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  const table = page.locator('[data-testid="role-matrix"]');
  assert.match(await table.innerText(), /タスク実行ロール/);
  await page.close();
});

test('the English home page renders in English', async () => {
  const page = await open('/en/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('[data-testid="role-matrix"]').innerText(), /Task execution role/);
  await page.close();
});

test('the locale dropdown switches a role page to English and back', async () => {
  const page = await open('/docs/roles/task-role');
  assert.match(await page.locator('h1').first().innerText(), /タスクロール/);
  await page.locator('.navbar__items--right .dropdown').first().hover();
  await page.locator('a[lang="en"]').first().click();
  await page.waitForURL(/\/en\/docs\/roles\/task-role$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('h1').first().innerText(), /[Tt]ask role/);
  await page.locator('.navbar__items--right .dropdown').first().hover();
  await page.locator('a[lang="ja"]').first().click();
  await page.waitForURL(/\/docs\/roles\/task-role$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  await page.close();
});

/** The selected tab of every example that offers a Terraform tab (mistakes may show fewer formats). */
async function selectedTabs(page: Page): Promise<string[]> {
  return page.locator('[data-example-id]').evaluateAll((examples) =>
    examples
      .filter((e) => [...e.querySelectorAll('[role="tab"]')].some((t) => t.textContent === 'Terraform'))
      .map((e) => e.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? ''),
  );
}

/** Waits (after hydration restores the stored choice) until every such example shows `label`; returns what they show. */
async function tabsSettleOn(page: Page, label: string): Promise<string[]> {
  await page
    .waitForFunction(
      (wanted) =>
        [...document.querySelectorAll('[data-example-id]')]
          .filter((e) => [...e.querySelectorAll('[role="tab"]')].some((t) => t.textContent === 'Terraform'))
          .every((e) => e.querySelector('[role="tab"][aria-selected="true"]')?.textContent === wanted),
      label,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return [...new Set(await selectedTabs(page))];
}

test('the format tab stays in sync across examples, after a reload and across locales', async () => {
  const page = await open('/docs/roles/task-role');
  const examples = page.locator('[data-example-id]');
  assert.ok((await examples.count()) >= 2, 'the task role page shows at least two examples');
  await examples.nth(0).locator('[role="tab"]', { hasText: 'Terraform' }).click();
  const selected = await selectedTabs(page);
  assert.ok(selected.length >= 2, 'at least two examples offer Terraform');
  assert.deepEqual([...new Set(selected)], ['Terraform']);
  await page.reload({ waitUntil: 'networkidle' });
  await hydrated(page);
  assert.deepEqual(await tabsSettleOn(page, 'Terraform'), ['Terraform']);
  await page.goto(origin + '/en/docs/roles/task-execution-role', { waitUntil: 'networkidle' });
  await hydrated(page);
  assert.deepEqual(await tabsSettleOn(page, 'Terraform'), ['Terraform']);
  await examples.nth(0).locator('[role="tab"]', { hasText: 'CloudFormation' }).click();
  await page.close();
});

test('the copy button copies exactly the verified file', async () => {
  const page = await open('/docs/roles/task-role');
  const example = page.locator('[data-example-id="task-role-invoke-lambda"]');
  await example.locator('[role="tab"]', { hasText: 'CloudFormation' }).click();
  const block = example.locator('[data-example-file="template.yaml"]');
  await block.hover();
  await block.locator('button[aria-label*="コピー"]').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const file = readFileSync(resolve(import.meta.dirname, '../../examples/task-role-invoke-lambda/template.yaml'), 'utf8');
  // Docusaurus drops the file's final newline from the copy; every other byte must match.
  assert.equal(copied, file.replace(/\n$/, ''));
  await page.close();
});

/** Types a query into the navbar search and opens the suggestion whose title matches. */
async function searchAndOpen(page: Page, query: string, title: RegExp): Promise<string> {
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill(query);
  const option = page.locator('[role="listbox"] [role="option"]', { hasText: title }).first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
  await page.waitForLoadState('networkidle');
  return new URL(page.url()).pathname;
}

test('search finds a role page from a Japanese query', async () => {
  const page = await open('/');
  assert.match(await searchAndOpen(page, 'タスク実行ロール', /^タスク実行ロール/), /\/docs\/roles\/task-execution-role$/);
  await page.close();
});

test('search finds a role page from an English query', async () => {
  const page = await open('/en/');
  assert.match(await searchAndOpen(page, 'task execution role', /^Task execution role/), /\/en\/docs\/roles\/task-execution-role$/);
  await page.close();
});

test('the line under an example lists the proven claims in the page language', async () => {
  const page = await open('/docs/roles/task-role');
  const ja = await page.locator('[data-example-id="task-role-invoke-lambda"] [data-claims]').innerText();
  assert.match(ja, /すべての形式で証明済み/);
  assert.match(ja, /✓ ecs-tasks\.amazonaws\.com が引き受けられる/);
  assert.match(ja, /✗ my-config-bucket\/app\/prod\.env への s3:GetObject は拒否 \(意図どおり\)/);
  await page.goto(origin + '/en/docs/roles/task-role', { waitUntil: 'networkidle' });
  const en = await page.locator('[data-example-id="task-role-invoke-lambda"] [data-claims]').innerText();
  assert.match(en, /✓ lambda:InvokeFunction on my-fn/);
  assert.match(en, /denied, as intended/);
  await page.close();
});

test('a mistake is marked as wrong and shows the claim it breaks', async () => {
  const page = await open('/en/docs/roles/task-role');
  const mistake = page.locator('[data-example-id="task-role-trusts-ecs-service"]');
  assert.equal(await mistake.getAttribute('data-mistake'), 'true');
  assert.match(await mistake.innerText(), /Wrong: do not copy/);
  assert.match(await mistake.locator('[data-claims]').innerText(), /✗ ecs-tasks\.amazonaws\.com can assume .*fails: this is the mistake/);
  await page.close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(outside, []);
});
