/**
 * npm run check:site -- <build dir> [--base-url /rolebook/]: checks a built site
 * the way search engines and the hosting template see it. Every page has its own
 * canonical URL, an alternate for each locale and x-default, a description and
 * the social card; each locale has a sitemap of pages that exist; the hosting
 * template's content security policy allows the build's inline scripts; the
 * social card was rendered from its SVG. Prints `path:line:col: [rule] message`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Finding } from '../src/engine/findings';
import { hash } from './verify/cache';
import { checkCspHashes, checkPageHead, checkSitemaps, type BuiltPage, type SiteLocation } from './verify/builtSite';
import { checkSocialCard, SOCIAL_CARD } from './verify/socialCard';

const ROOT = resolve(import.meta.dirname, '..');
// The files of the hosting example that write the content security policy.
const CSP_SOURCES = ['template.yaml', 'main.tf', 'stack.ts'].map((f) => `examples/site-hosting-s3-cloudfront/${f}`);

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const p = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return p === 'assets' || p.endsWith('/assets') ? [] : htmlFiles(dir, p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Reads where the build is served from its home page: the canonical URL and the hreflang alternates. */
function locate(home: string, baseUrl: string): SiteLocation | string {
  const canonical = /<link[^>]*rel=["']?canonical["']?[^>]*href=["']?([^"'\s>]+)/.exec(home)?.[1];
  if (!canonical) return 'index.html has no canonical URL';
  if (!canonical.endsWith(baseUrl)) return `index.html's canonical URL ${canonical} does not end in the base URL ${baseUrl}`;
  const origin = canonical.slice(0, canonical.length - baseUrl.length);
  const alternates = [...home.matchAll(/<link[^>]*rel=["']?alternate["']?[^>]*href=["']?([^"'\s>]+)["']?[^>]*hreflang=["']?([\w-]+)/g)].map((m) => ({ href: m[1], lang: m[2] }));
  const fallback = alternates.find((a) => a.lang === 'x-default')?.href;
  const locales = alternates.filter((a) => a.lang !== 'x-default').map((a) => a.lang);
  const defaultLocale = alternates.find((a) => a.lang !== 'x-default' && a.href === fallback)?.lang;
  if (!defaultLocale || locales.length === 0) return 'index.html has no hreflang alternates with an x-default';
  return { origin, baseUrl, defaultLocale, locales };
}

function main(): number {
  const args = process.argv.slice(2);
  const baseArg = args.indexOf('--base-url');
  const baseUrl = baseArg >= 0 ? args[baseArg + 1] : '/';
  const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--base-url');
  if (!dirArg) {
    console.error('usage: tsx scripts/checkSite.ts <build dir> [--base-url /rolebook/]');
    return 2;
  }
  const dir = resolve(dirArg);
  const shown = relative(process.cwd(), dir) || '.';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`check:site: ${shown} has no index.html: build the site first`);
    return 2;
  }
  const paths = htmlFiles(dir).sort();
  const pages: BuiltPage[] = paths.map((path) => ({ path, html: readFileSync(join(dir, path), 'utf8') }));
  const site = locate(pages.find((p) => p.path === 'index.html')!.html, baseUrl);
  const findings: Finding[] = [];
  if (typeof site === 'string') findings.push({ file: `${shown}/index.html`, line: 1, column: 1, rule: 'site/location', message: site });
  else {
    // 404.html is served for every missing path, so it has no URL of its own to be canonical for.
    for (const page of pages) if (!/(^|\/)404\.html$/.test(page.path)) findings.push(...checkPageHead(`${shown}/${page.path}`, page, site));
    const sitemaps = new Map(site.locales.map((l) => {
      const file = `${l === site.defaultLocale ? '' : `${l}/`}sitemap.xml`;
      return [file, existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined] as const;
    }));
    findings.push(...checkSitemaps(sitemaps, new Set(paths), site).map((f) => ({ ...f, file: `${shown}/${f.file}` })));
  }
  findings.push(...checkCspHashes(pages, CSP_SOURCES.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }))));
  const png = existsSync(join(ROOT, SOCIAL_CARD.png)) ? readFileSync(join(ROOT, SOCIAL_CARD.png)) : undefined;
  findings.push(...checkSocialCard(hash(readFileSync(join(ROOT, SOCIAL_CARD.svg), 'utf8')), png));

  for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: [${f.rule}] ${f.message}`);
  if (findings.length > 0) {
    console.log(`check:site: ${findings.length} problem${findings.length === 1 ? '' : 's'} in ${shown}`);
    return 1;
  }
  const where = typeof site === 'string' ? '' : ` served at ${site.origin}${site.baseUrl} (${site.locales.join(', ')})`;
  console.log(`check:site: ok: ${shown}, ${pages.length} pages${where}`);
  return 0;
}

process.exit(main());
