/**
 * npm run social-card: renders static/img/social-card.svg to social-card.png
 * (1200x630, the size link previews use) with the Chromium the browser tests
 * use, so the card needs no external service. The PNG carries the SVG's SHA-256
 * in a tEXt chunk; the site check (scripts/checkSite.ts) fails when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { hash } from './verify/cache';
import { SOCIAL_CARD, withSourceHash } from './verify/socialCard';

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const svg = readFileSync(resolve(root, SOCIAL_CARD.svg), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: SOCIAL_CARD.width, height: SOCIAL_CARD.height } });
    writeFileSync(resolve(root, SOCIAL_CARD.png), withSourceHash(png, hash(svg)));
    console.log(`social-card: wrote ${SOCIAL_CARD.png} (${SOCIAL_CARD.width}x${SOCIAL_CARD.height})`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`social-card: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
