import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { ROLE_TYPES } from '../../src/data/roleTypes';
import { LAUNCH_TYPE_MATRIX } from '../../src/data/launchTypeMatrix';
import { loadExamples } from '../../src/examples/loadExamples';
import { resolve } from 'node:path';
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

// Every page a role type links to, once: role pages show verified examples in tabs.
const rolePages = [...new Set(ROLE_TYPES.map((r) => r.page).filter((p): p is string => p !== undefined && p.startsWith('roles/')))];

for (const locale of ['ja', 'en'] as const) {
  for (const docId of rolePages) {
    test(`${locale}: ${docId} renders with its examples and tabs`, async () => {
      const page = await context.newPage();
      const response = await page.goto(`${origin}${locale === 'en' ? '/en' : ''}/docs/${docId}`, { waitUntil: 'networkidle' });
      await hydrated(page);
      assert.equal(response?.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      const examples = page.locator('[data-example-id]:not([data-mistake])');
      assert.ok((await examples.count()) >= 1, 'at least one recommended example');
      assert.ok((await examples.first().locator('[role="tab"]').count()) >= 2, 'the example offers its formats as tabs');
      assert.ok((await page.locator('[data-claims]').count()) >= 1, 'claims are listed under the examples');
      await page.close();
    });
  }
}

test('the overview renders the matrix from the data model in both locales, with a diagram per role', async () => {
  const page = await context.newPage();
  for (const prefix of ['', '/en']) {
    await page.goto(`${origin}${prefix}/docs/overview`, { waitUntil: 'networkidle' });
    await hydrated(page);
    assert.equal(await page.locator('[data-testid="role-matrix"] tbody tr').count(), LAUNCH_TYPE_MATRIX.length);
    assert.ok((await page.locator('[data-role-diagram] svg').count()) >= 7);
  }
  assert.match(await page.locator('[data-job="app-calls"]').innerText(), /Task role/);
  await page.close();
});

test('every example says when and with what it was verified, and /verification lists them all in both locales', async () => {
  const { examples } = loadExamples(resolve(import.meta.dirname, '../..'));
  const page = await context.newPage();
  await page.goto(`${origin}/en/docs/roles/task-role`, { waitUntil: 'networkidle' });
  await hydrated(page);
  const freshness = page.locator('[data-example-id="task-role-invoke-lambda"] [data-verified-at]');
  const line = await freshness.innerText();
  assert.match(line, /^Verified on \d{4}-\d{2}-\d{2} · /);
  for (const tool of [/cfn-lint 1\.51\.0/, /aws-cdk-lib \d+\.\d+/, /iam-data \S+ \(\d{4}-\d{2}-\d{2}\)/, /terraform-aws-provider \d/]) assert.match(line, tool);
  for (const prefix of ['', '/en']) {
    await page.goto(`${origin}${prefix}/verification`, { waitUntil: 'networkidle' });
    const listed = await page.locator('[data-verified-example]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-verified-example')));
    assert.deepEqual(new Set(listed), new Set(examples.map((e) => e.meta.id)));
  }
  assert.match(await page.locator('[data-verified-example="task-role-invoke-lambda"]').innerText(), /cloudformation: ✓ Allowed/);
  await page.close();
});

test('no request left 127.0.0.1 on the role pages', () => {
  assert.deepEqual(outside, []);
});
