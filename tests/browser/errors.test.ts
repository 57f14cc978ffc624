import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ERROR_CATALOGUE } from '../../src/data/errorCatalogue';
import { hydrated, openSite, type Site } from './harness';

let site: Site;
let origin: string;
let context: BrowserContext;
let outside: string[];

before(async () => {
  site = await openSite();
  ({ origin, context, outside } = site);
});

after(async () => {
  await site?.close();
});

const entry = (id: string) => ERROR_CATALOGUE.find((e) => e.id === id)!;
// A real-looking paste: the catalogue message with a reader's own values and SDK wrapper text.
const pasted = entry(ERROR_CATALOGUE[0].id)
  .message.replace(/<account-id>/g, '444455556666')
  .replace(/<region>/g, 'eu-west-1')
  .replace(/<request-id>/g, '5f0a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b')
  .replace(/<[a-z-]+>/g, 'prod-app');

async function resultIds(page: Page): Promise<string[]> {
  await page.locator('[data-testid="error-results"] [data-error-id]').first().waitFor({ timeout: 10_000 });
  return page.locator('[data-testid="error-results"] [data-error-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-error-id') ?? ''));
}

test('pasting a whole message ranks its entry first, with role type, cause and fix', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/en/errors`, { waitUntil: 'networkidle' });
  await hydrated(page);
  const requestsBefore = outside.length;
  await page.locator('[data-testid="error-input"]').fill(`Error: ${pasted}\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)`);
  const ids = await resultIds(page);
  assert.equal(ids[0], ERROR_CATALOGUE[0].id);
  const first = page.locator('[data-testid="error-results"] [data-error-id]').first();
  assert.equal(await first.getAttribute('data-role-type'), ERROR_CATALOGUE[0].roleType);
  assert.match(await first.innerText(), /Cause:[\s\S]*Fix:/);
  assert.equal(outside.length, requestsBefore, 'diagnosing sends nothing anywhere');
  await page.close();
});

test('?q= shares a result, and the text stays text', async () => {
  const page = await context.newPage();
  const q = `<img src=x onerror="window.__pwned=1"> ${entry('ecs-unable-to-assume-role').message}`;
  await page.goto(`${origin}/en/errors?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
  await hydrated(page);
  const ids = await resultIds(page);
  assert.equal(ids[0], 'ecs-unable-to-assume-role');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('[data-testid="error-input"]').inputValue(), q);
  await page.close();
});

test('the Japanese page answers in Japanese and reads the role out of an assumed-role ARN', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/errors`, { waitUntil: 'networkidle' });
  await hydrated(page);
  await page.locator('[data-testid="error-input"]').fill(
    'User: arn:aws:sts::444455556666:assumed-role/ecsTaskExecutionRole/0a1b2c3d4e5f60718293a4b5c6d7e8f9 is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:eu-west-1:444455556666:orders',
  );
  await resultIds(page);
  assert.match(await page.locator('[data-testid="error-results"]').innerText(), /原因:[\s\S]*対処:/);
  const assumed = page.locator('[data-testid="assumed-role"]');
  assert.equal(await assumed.getAttribute('data-used-by'), 'ecs-task');
  assert.match(await assumed.innerText(), /ecsTaskExecutionRole/);
  await page.close();
});

test('a huge paste does not hang the page', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/en/errors`, { waitUntil: 'networkidle' });
  await hydrated(page);
  // Paste 5 MB the way a browser does: one value change and one input event.
  const done = await page.evaluate(async (message) => {
    const area = document.querySelector<HTMLTextAreaElement>('[data-testid="error-input"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(area, `${'noise line from a long log\n'.repeat(200_000)}${message}`);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    // The page must still answer: the next animation frame comes, and results appear.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return true;
  }, pasted);
  assert.ok(done);
  await page.locator('[data-testid="error-input"]').fill(pasted);
  assert.equal((await resultIds(page))[0], ERROR_CATALOGUE[0].id);
  await page.close();
});

test('every catalogue entry has an anchor with its message in both locales', async () => {
  const page = await context.newPage();
  for (const prefix of ['', '/en']) {
    await page.goto(`${origin}${prefix}/docs/errors`, { waitUntil: 'networkidle' });
    await hydrated(page);
    const ids = await page.locator('[data-testid="error-catalogue"] [data-error-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-error-id')));
    assert.deepEqual(new Set(ids), new Set(ERROR_CATALOGUE.map((e) => e.id)));
    assert.equal(await page.locator(`h3[id="${ERROR_CATALOGUE[0].id}"]`).count(), 1);
  }
  await page.close();
});

test('site search finds an error entry', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/en/docs/intro`, { waitUntil: 'networkidle' });
  await hydrated(page);
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill('ResourceInitializationError');
  const option = page.locator('[role="listbox"] [role="option"]').first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
  await page.waitForLoadState('networkidle');
  assert.match(new URL(page.url()).pathname, /\/en\/docs\/(errors|roles\/task-execution-role)$/);
  await page.close();
});

test('no request left 127.0.0.1 on the error pages', () => {
  assert.deepEqual(outside, []);
});
