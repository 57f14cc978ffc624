/**
 * npm run bench:search: how well the site's offline search answers everyday
 * queries in Japanese and English. Types each query into the built site's
 * search bar (Debian's Chromium) and checks whether the expected page is among
 * the suggestions. Needs `npm run build` first. Numbers go in issue notes.
 */
import { launchChromium, serveBuild } from '../tests/browser/harness';
import { SEARCH_QUERIES } from './search/queries';

async function main(): Promise<void> {
  const { server, origin } = await serveBuild();
  const browser = await launchChromium();
  const page = await browser.newPage();
  const rows: { locale: string; query: string; expected: string; rank: number }[] = [];
  for (const q of SEARCH_QUERIES) {
    await page.goto(`${origin}${q.locale === 'en' ? '/en' : ''}/docs/intro`, { waitUntil: 'networkidle' });
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill(q.query);
    let paths: string[] = [];
    try {
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 5_000 });
      // A suggestion is a div with no link: open each of the (at most 8) the dropdown shows, in turn.
      const count = Math.min(await page.locator('[role="listbox"] [role="option"]').count(), 8);
      for (let i = 0; i < count; i++) {
        await input.click();
        await input.fill(q.query);
        const option = page.locator('[role="listbox"] [role="option"]').nth(i);
        await option.waitFor({ timeout: 5_000 });
        await option.click();
        await page.waitForLoadState('domcontentloaded');
        paths.push(new URL(page.url()).pathname);
        await page.goBack({ waitUntil: 'networkidle' });
      }
    } catch {
      paths = [];
    }
    const expected = Array.isArray(q.expected) ? q.expected : [q.expected];
    const rank = paths.findIndex((p) => expected.some((e) => p.replace(/\/$/, '').endsWith(e))) + 1;
    rows.push({ locale: q.locale, query: q.query, expected: expected.join(' | '), rank });
  }
  await browser.close();
  server.close();
  for (const locale of ['ja', 'en']) {
    const mine = rows.filter((r) => r.locale === locale);
    const top1 = mine.filter((r) => r.rank === 1).length;
    const found = mine.filter((r) => r.rank > 0).length;
    console.log(`${locale}: ${mine.length} queries, expected page first ${top1}, among the suggestions ${found}`);
    for (const r of mine) console.log(`  ${r.rank > 0 ? `#${r.rank}` : 'miss'}\t${r.query}\t→ ${r.expected}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
