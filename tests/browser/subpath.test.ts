import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { hydrated, openSite, type Site } from './harness';

// The site built for a sub-path, as GitHub Pages serves a project site:
// `BASE_URL=/rolebook/ docusaurus build --out-dir build-subpath` (scripts/test.ts does it).
const BASE = '/rolebook/';
const DIR = resolve(process.env.ROLEBOOK_SUBPATH_BUILD_DIR ?? resolve(import.meta.dirname, '../../build-subpath'));

let site: Site;
let context: BrowserContext;
const failed: string[] = [];
const errors: string[] = [];

before(async () => {
  site = await openSite(BASE, DIR);
  context = site.context;
  // Every request must succeed: a path that forgot the base URL is a 404 here, since nothing is served outside it.
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  context.on('requestfailed', (r) => failed.push(`failed ${r.url()} (${r.failure()?.errorText ?? '?'})`));
});

after(async () => {
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(site.origin + BASE + path, { waitUntil: 'networkidle' });
  await hydrated(page);
  return page;
}

/** Links inside the site that do not start with the base URL would leave it. */
async function linksOutsideBase(page: Page): Promise<string[]> {
  return page.locator('a[href^="/"]').evaluateAll((links, base) => links.map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith(base)), BASE);
}

test('the home page renders under the sub-path, and every link stays under it', async () => {
  const page = await open('');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.match(await page.locator('[data-testid="role-matrix"]').innerText(), /タスク実行ロール/);
  assert.deepEqual(await linksOutsideBase(page), []);
  await page.close();
});

test('a doc page renders its examples under the sub-path', async () => {
  const page = await open('docs/roles/task-role');
  assert.match(await page.locator('h1').first().innerText(), /タスクロール/);
  assert.ok((await page.locator('[data-example-id]').count()) > 0, 'the page shows its verified examples');
  assert.deepEqual(await linksOutsideBase(page), []);
  await page.close();
});

test('search finds a page and opens it under the sub-path', async () => {
  const page = await open('');
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill('タスク実行ロール');
  const option = page.locator('[role="listbox"] [role="option"]', { hasText: /^タスク実行ロール/ }).first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
  await page.waitForURL(/\/rolebook\/docs\/roles\/task-execution-role$/);
  // The URL changes before the new page renders: wait for its heading.
  await page.locator('h1', { hasText: 'タスク実行ロール' }).first().waitFor({ timeout: 10_000 });
  await page.close();
});

test('/errors reads ?q= under the sub-path', async () => {
  const page = await open(`errors?q=${encodeURIComponent('ResourceInitializationError: unable to pull secrets or registry auth')}`);
  await page.locator('[data-testid="error-results"] [data-error-id]').first().waitFor({ timeout: 10_000 });
  assert.ok((await page.locator('[data-testid="error-results"] [data-error-id]').count()) > 0);
  await page.close();
});

test('the locale dropdown switches to English and back, staying under the sub-path', async () => {
  const page = await open('docs/roles/task-role');
  await page.locator('.navbar__items--right .dropdown').first().hover();
  await page.locator('a[lang="en"]').first().click();
  await page.waitForURL(/\/rolebook\/en\/docs\/roles\/task-role$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await hydrated(page);
  await page.locator('.navbar__items--right .dropdown').first().hover();
  await page.locator('a[lang="ja"]').first().click();
  await page.waitForURL(/\/rolebook\/docs\/roles\/task-role$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  await page.close();
});

for (const [path, heading] of [['verification', /検証結果/], ['en/verification', /Verification/]] as const) {
  test(`the verification page renders at ${BASE}${path}`, async () => {
    const page = await open(path);
    assert.match(await page.locator('[data-testid="verification"] h1').innerText(), heading);
    assert.deepEqual(await linksOutsideBase(page), []);
    await page.close();
  });
}

test('no request failed or left 127.0.0.1, and no page threw', () => {
  assert.deepEqual(failed, []);
  assert.deepEqual(site.outside, []);
  assert.deepEqual(errors, []);
});
