import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readHosting, serveLikeCloudFront, type Hosting } from './cloudfrontEmulator';
import { BUILD_DIR, hydrated, launchChromium, watchThirdPartyRequests } from './harness';

// The build served as examples/site-hosting-s3-cloudfront would serve it (function, S3, error pages,
// response headers, content security policy), and opened in Chromium under that policy.
const TEMPLATE = resolve(import.meta.dirname, '../../examples/site-hosting-s3-cloudfront/template.yaml');

let hosting: Hosting;
let browser: Browser;
let context: BrowserContext;
let origin: string;
let close: () => void;
let outside: string[];
const failed: string[] = [];

before(async () => {
  hosting = readHosting(readFileSync(TEMPLATE, 'utf8'));
  const served = await serveLikeCloudFront(BUILD_DIR, hosting);
  origin = served.origin;
  close = () => served.server.close();
  browser = await launchChromium();
  context = await browser.newContext();
  outside = watchThirdPartyRequests(context);
  context.on('requestfailed', (r) => failed.push(`failed ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  // Registered by the browser before any page script runs, so it sees every violation.
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
});

after(async () => {
  await browser?.close();
  close?.();
});

/** Opens a path, waits for hydration, and returns the page with the CSP violations it saw. */
async function open(path: string): Promise<{ page: Page; status: number | undefined; violations: () => Promise<string[]> }> {
  const page = await context.newPage();
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  await hydrated(page);
  return { page, status: response?.status(), violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

/** Every page the sitemaps list, as a path on this server. */
function sitemapPaths(): string[] {
  return ['sitemap.xml', 'en/sitemap.xml'].flatMap((f) => [...readFileSync(join(BUILD_DIR, f), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
}

test('the viewer-request function maps clean URLs to the files Docusaurus writes', () => {
  for (const [uri, file] of [['/docs/intro', '/docs/intro.html'], ['/en/', '/en/index.html'], ['/', '/index.html'], ['/assets/js/main.js', '/assets/js/main.js'], ['/search', '/search.html']]) {
    assert.equal(hosting.viewerRequest({ request: { uri } }).uri, file, uri);
  }
});

test('every page of both sitemaps is served (200) through the function, and none is the 404 page', async () => {
  const paths = sitemapPaths();
  assert.ok(paths.length >= 20, `the sitemaps list ${paths.length} pages`);
  for (const path of paths) {
    const response = await fetch(origin + path);
    assert.equal(response.status, 200, path);
  }
});

// One page of each kind: the inline scripts of all of them are checked by hash in scripts/checkSite.ts;
// here the browser runs what they load (chunks, styles, images, the search worker) under the policy.
const KINDS = ['/', '/docs/roles/task-role', '/docs/overview', '/docs/publish/hosting', '/errors', '/verification', '/search', '/en/', '/en/docs/errors'];

for (const path of KINDS) {
  test(`${path} loads under the template's headers with no CSP violation`, async () => {
    const { page, status, violations } = await open(path);
    assert.equal(status, 200, path);
    assert.deepEqual(await violations(), [], path);
    await page.close();
  });
}

test('search runs (worker, index fetch) and the error decoder runs under the CSP', async () => {
  const { page, violations } = await open('/en/docs/intro');
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill('task execution role');
  await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 15_000 });
  assert.deepEqual(await violations(), []);
  await page.close();
  const errors = await open(`/errors?q=${encodeURIComponent('ResourceInitializationError: unable to pull secrets or registry auth')}`);
  await errors.page.locator('[data-testid="error-results"] [data-error-id]').first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await errors.violations(), []);
  await errors.page.close();
});

test('a missing path gets the 404 page with status 404, as the custom error responses say', async () => {
  const { page, status, violations } = await open('/docs/no-such-page');
  assert.equal(status, 404);
  assert.match(await page.locator('main').innerText(), /ページが見つかりません|Page Not Found/);
  assert.deepEqual(await violations(), []);
  await page.close();
});

test('responses carry the security headers of the response headers policy', async () => {
  const response = await fetch(`${origin}/docs/intro`);
  for (const name of ['strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-security-policy']) assert.ok(response.headers.get(name), name);
  assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
});

test('no request failed or left 127.0.0.1', () => {
  assert.deepEqual(failed, []);
  assert.deepEqual(outside, []);
});
