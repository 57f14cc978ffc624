import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DOCTOR_RULES } from '../../src/data/doctorRules';
import { FORMAT_LABELS } from '../../src/examples/exampleMeta';
import { loadExamples } from '../../src/examples/loadExamples';
import { useSite } from './harness';

const { site, open } = useSite({ clipboard: true });

// A rule with both examples, so its page shows the wrong and the right one.
const shown = DOCTOR_RULES.find((r) => r.badExample !== undefined)!;
const shownMistake = loadExamples(resolve(import.meta.dirname, '../..')).examples.find((e) => e.mistake && e.meta.id === shown.badExample)!;

for (const [locale, prefix] of [['ja', ''], ['en', '/en']] as const) {
  test(`${locale}: /doctor/rules links every rule once, grouped by kind`, async () => {
    const page = await open(`${prefix}/doctor/rules`);
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    const index = page.locator('[data-testid="doctor-rules"]');
    const hrefs = await index.locator('[data-rule] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.deepEqual([...hrefs].sort(), DOCTOR_RULES.map((r) => `${prefix}/doctor/rules/${r.id}`).sort());
    for (const kind of new Set(DOCTOR_RULES.map((r) => r.kind))) {
      const ids = await index.locator(`section[data-kind="${kind}"] [data-rule]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
      assert.deepEqual(ids, DOCTOR_RULES.filter((r) => r.kind === kind).map((r) => r.id), kind);
    }
    await page.close();
  });

  test(`${locale}: a rule page shows its facts, errors, and the wrong and right examples with tabs and a copy button`, async () => {
    const page = await open(`${prefix}/doctor/rules/${shown.id}`);
    const main = page.locator('[data-testid="doctor-rule"]');
    assert.equal(await main.getAttribute('data-rule'), shown.id);
    assert.equal(await main.locator('h1').innerText(), shown.title[locale]);
    assert.match(await main.innerText(), new RegExp(shown.id));
    assert.equal(await main.locator('[data-severity]').getAttribute('data-severity'), shown.severity);
    const errorLinks = await main.locator('a[data-error-id]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => `${u.pathname}${u.hash}`));
    assert.deepEqual(errorLinks, shown.errorIds.map((id) => `${prefix}/docs/errors#${id}`));
    assert.equal(await main.locator('[data-testid="doctor-rule-page-link"]').getAttribute('href'), `${prefix}/docs/${shown.page}`);

    const bad = main.locator(`[data-example-id="${shown.badExample}"]`);
    const good = main.locator(`[data-example-id="${shown.goodExample}"]`);
    assert.equal(await bad.getAttribute('data-mistake'), 'true');
    assert.equal(await good.getAttribute('data-mistake'), null);
    for (const example of [bad, good]) {
      assert.ok((await example.locator('[role="tab"]').count()) >= 1, 'the example offers its formats as tabs');
      assert.ok((await example.locator('button[aria-label*="コピー"], button[aria-label*="Copy"]').count()) >= 1, 'each file has a copy button');
    }

    // The wrong example copies exactly the verified mistake file.
    const file = shownMistake.files[0];
    await bad.locator('[role="tab"]', { hasText: FORMAT_LABELS[file.format] }).click();
    const block = bad.locator(`[data-example-file="${file.path}"]`);
    await block.hover();
    await block.locator('button[aria-label*="コピー"], button[aria-label*="Copy"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Docusaurus drops the file's final newline from the copy; every other byte must match.
    assert.equal(copied, file.text.replace(/\n$/, ''));
    assert.deepEqual(site().outside, [], 'nothing is fetched from outside 127.0.0.1');
    await page.close();
  });
}

test('the footer links the rule index in both locales', async () => {
  for (const prefix of ['', '/en']) {
    const page = await open(`${prefix}/`);
    assert.equal(await page.locator(`footer a[href="${prefix}/doctor/rules"]`).count(), 1, prefix || '/');
    await page.close();
  }
});

test('the offline search finds a rule page by its title in both locales', async () => {
  for (const [locale, prefix] of [['ja', ''], ['en', '/en']] as const) {
    const page = await open(`${prefix}/doctor/rules`);
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill(shown.title[locale]);
    // A suggestion shortens a long title with an ellipsis: match its start.
    const option = page.locator('[role="listbox"] [role="option"]', { hasText: shown.title[locale].slice(0, 20) }).first();
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    await page.waitForURL(`**${prefix}/doctor/rules/${shown.id}`);
    await page.close();
  }
});
