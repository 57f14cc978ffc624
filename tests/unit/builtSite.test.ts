import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkCspHashes, checkPageHead, checkSitemaps, inlineScriptHashes, routeOf, type SiteLocation } from '../../scripts/verify/builtSite';

const dir = join(import.meta.dirname, '../fixtures/site');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const site: SiteLocation = { origin: 'https://example.github.io', baseUrl: '/rolebook/', defaultLocale: 'ja', locales: ['ja', 'en'] };

test('routes: docs/intro.html is /docs/intro, en/index.html is /en/', () => {
  assert.equal(routeOf('docs/intro.html'), 'docs/intro');
  assert.equal(routeOf('en/index.html'), 'en/');
  assert.equal(routeOf('index.html'), '');
});

test('a good page head: canonical, hreflang ja/en/x-default, description, social card', () => {
  assert.deepEqual(checkPageHead('build/docs/intro.html', { path: 'docs/intro.html', html: read('good-intro.html') }, site), []);
});

test('a bad page head names each problem with its line', () => {
  const findings = checkPageHead('build/en/docs/intro.html', { path: 'en/docs/intro.html', html: read('bad-intro.html') }, site);
  const got = findings.map((f) => `${f.line} ${f.rule} ${f.message}`);
  assert.deepEqual(got, [
    '3 site/canonical canonical URL is https://example.github.io/docs/intro, expected https://example.github.io/rolebook/en/docs/intro',
    '2 site/hreflang no <link rel="alternate" hreflang="x-default">',
    '2 site/description no <meta name="description">: give the page a description',
    '2 site/social-card no og:image: set themeConfig.image',
  ]);
});

test('sitemaps: one per locale, only pages that exist, no search page', () => {
  const pages = new Set(['index.html', 'docs/intro.html', 'en/index.html', 'en/docs/intro.html']);
  const good = new Map([
    ['sitemap.xml', '<urlset><url><loc>https://example.github.io/rolebook/docs/intro</loc></url><url><loc>https://example.github.io/rolebook/</loc></url></urlset>'],
    ['en/sitemap.xml', '<urlset><url><loc>https://example.github.io/rolebook/en/docs/intro</loc></url></urlset>'],
  ]);
  assert.deepEqual(checkSitemaps(good, pages, site), []);
  const bad = new Map<string, string | undefined>([
    ['sitemap.xml', '<urlset>\n<url><loc>https://example.github.io/rolebook/search</loc></url>\n<url><loc>https://example.github.io/rolebook/docs/gone</loc></url>\n<url><loc>https://example.github.io/rolebook/en/docs/intro</loc></url>\n</urlset>'],
    ['en/sitemap.xml', undefined],
  ]);
  assert.deepEqual(
    checkSitemaps(bad, pages, site).map((f) => `${f.file}:${f.line} ${f.message}`),
    [
      'sitemap.xml:2 https://example.github.io/rolebook/search is the search page, which is not indexed',
      'sitemap.xml:3 https://example.github.io/rolebook/docs/gone has no page in the build',
      'sitemap.xml:4 https://example.github.io/rolebook/en/docs/intro is a en page in the ja sitemap',
      'en/sitemap.xml:1 no sitemap for the en pages',
    ],
  );
});

test('inline scripts are hashed as browsers hash them; data blocks and scripts with src are not', () => {
  // echo -n '!function(){document.documentElement.setAttribute("data-theme","light")}()' | openssl dgst -sha256 -binary | base64
  assert.deepEqual(inlineScriptHashes(read('good-intro.html')), ['sha256-B4li86XsiLEqAc4Q43yn15f9CqllWAb5sHUEy0kSd9c=']);
});

test('the content security policy must allow every inline script and name no stale hash', () => {
  const pages = [{ path: 'docs/intro.html', html: read('good-intro.html') }];
  const allowing = { file: 'template.yaml', text: "Policy: \"default-src 'none'; script-src 'self' 'sha256-B4li86XsiLEqAc4Q43yn15f9CqllWAb5sHUEy0kSd9c='\"\n" };
  assert.deepEqual(checkCspHashes(pages, [allowing]), []);
  const stale = { file: 'main.tf', text: "# headers\ncsp = \"default-src 'none'; script-src 'self' 'sha256-AAAA'\"\n" };
  const findings = checkCspHashes([...pages, { path: 'en/index.html', html: read('bad-intro.html') }], [stale]);
  assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), Array(3).fill('main.tf:2:8 site/csp'));
  assert.match(findings[0].message, /^the inline script of docs\/intro\.html \(sha256-B4li86Xs.*\) is not allowed: add 'sha256-B4li86Xs.*' to script-src$/);
  assert.match(findings[1].message, /^the inline script of en\/index\.html/);
  assert.equal(findings[2].message, "'sha256-AAAA' matches no inline script in the build: remove it");
});
