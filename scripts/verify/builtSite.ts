import { createHash } from 'node:crypto';
import { locateText, type Finding } from '../../src/engine/findings';

/** One built HTML page: its path inside the build folder and its text. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Where the build says it is served: the origin and base URL every canonical URL starts with. */
export interface SiteLocation {
  /** `https://example.github.io` */
  origin: string;
  /** `/` or `/rolebook/` */
  baseUrl: string;
  defaultLocale: string;
  locales: string[];
}

type Attributes = Record<string, string>;

function tags(html: string, name: string): { attributes: Attributes; index: number }[] {
  const out: { attributes: Attributes; index: number }[] = [];
  for (const m of html.matchAll(new RegExp(`<${name}\\s([^>]*)>`, 'gi'))) {
    const attributes: Attributes = {};
    for (const a of m[1].matchAll(/([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attributes[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    out.push({ attributes, index: m.index ?? 0 });
  }
  return out;
}

/** The URL path a page is served at (`docs/intro.html` → `docs/intro`, `en/index.html` → `en/`). */
export function routeOf(path: string): string {
  return path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

/** The page's route without its locale prefix, and its locale. */
function splitLocale(route: string, site: SiteLocation): { locale: string; rest: string } {
  for (const locale of site.locales) if (locale !== site.defaultLocale && (route === `${locale}/` || route.startsWith(`${locale}/`))) return { locale, rest: route.slice(locale.length + 1) };
  return { locale: site.defaultLocale, rest: route };
}

/**
 * What search engines and link previews read in a page's head: a canonical URL
 * that is the page's own, an alternate for every locale and `x-default`, a
 * description (unless the page asks not to be indexed), and the social card.
 */
export function checkPageHead(file: string, page: BuiltPage, site: SiteLocation): Finding[] {
  const findings: Finding[] = [];
  const at = (needle: string) => locateText(page.html, needle) ?? { line: 1, column: 1 };
  const add = (needle: string, rule: string, message: string) => findings.push({ file, ...at(needle), rule: `site/${rule}`, message });
  const base = `${site.origin}${site.baseUrl}`;
  const route = routeOf(page.path);
  const { rest } = splitLocale(route, site);
  const urlIn = (locale: string) => `${base}${locale === site.defaultLocale ? '' : `${locale}/`}${rest}`;

  const links = tags(page.html, 'link');
  const metas = tags(page.html, 'meta');
  const canonical = links.find((l) => l.attributes.rel === 'canonical')?.attributes.href;
  if (canonical === undefined) add('<head', 'canonical', 'no <link rel="canonical">');
  else if (canonical !== `${base}${route}`) add(canonical, 'canonical', `canonical URL is ${canonical}, expected ${base}${route}`);

  const alternates = new Map(links.filter((l) => l.attributes.rel === 'alternate' && l.attributes.hreflang).map((l) => [l.attributes.hreflang, l.attributes.href]));
  for (const locale of [...site.locales, 'x-default']) {
    const expected = urlIn(locale === 'x-default' ? site.defaultLocale : locale);
    const actual = alternates.get(locale);
    if (actual === undefined) add('<head', 'hreflang', `no <link rel="alternate" hreflang="${locale}">`);
    else if (actual !== expected) add(actual, 'hreflang', `hreflang="${locale}" points at ${actual}, expected ${expected}`);
  }

  const robots = metas.find((m) => m.attributes.name === 'robots' || m.attributes.property === 'robots')?.attributes.content ?? '';
  const description = metas.find((m) => m.attributes.name === 'description')?.attributes.content;
  if (!/noindex/.test(robots) && !description?.trim()) add('<head', 'description', 'no <meta name="description">: give the page a description');

  const image = metas.find((m) => m.attributes.property === 'og:image')?.attributes.content;
  if (!image) add('<head', 'social-card', 'no og:image: set themeConfig.image');
  else if (!image.startsWith(base)) add(image, 'social-card', `og:image ${image} is not under ${base}`);
  return findings;
}

/** Each locale has its own sitemap, listing only pages of that locale that exist, and no search page. */
export function checkSitemaps(sitemaps: Map<string, string | undefined>, pages: Set<string>, site: SiteLocation): Finding[] {
  const findings: Finding[] = [];
  for (const locale of site.locales) {
    const file = `${locale === site.defaultLocale ? '' : `${locale}/`}sitemap.xml`;
    const xml = sitemaps.get(file);
    if (xml === undefined) {
      findings.push({ file, line: 1, column: 1, rule: 'site/sitemap', message: `no sitemap for the ${locale} pages` });
      continue;
    }
    const prefix = `${site.origin}${site.baseUrl}${locale === site.defaultLocale ? '' : `${locale}/`}`;
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    if (locs.length === 0) findings.push({ file, line: 1, column: 1, rule: 'site/sitemap', message: 'the sitemap lists no page' });
    for (const loc of locs) {
      const where = { file, ...(locateText(xml, loc) ?? { line: 1, column: 1 }), rule: 'site/sitemap' };
      if (!loc.startsWith(prefix)) {
        findings.push({ ...where, message: `${loc} is not under ${prefix}` });
        continue;
      }
      const path = loc.slice(site.origin.length + site.baseUrl.length);
      const route = splitLocale(path, site);
      if (route.locale !== locale) findings.push({ ...where, message: `${loc} is a ${route.locale} page in the ${locale} sitemap` });
      else if (/(^|\/)search$/.test(path)) findings.push({ ...where, message: `${loc} is the search page, which is not indexed` });
      else if (!pages.has(path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`)) findings.push({ ...where, message: `${loc} has no page in the build` });
    }
  }
  return findings;
}

/** A file of the hosting example and the content security policy written in it. */
export interface PolicySource {
  file: string;
  text: string;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The hashes of the inline scripts a page runs (JSON-LD and other data blocks do not run). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1] ?? '';
    if (/\ssrc=/i.test(attributes)) continue;
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(java|ecma)script$|^module$/i.test(type)) continue;
    out.push(sha256(m[2]));
  }
  return out;
}

/**
 * The hosting template's content security policy allows every inline script the
 * build has (by hash), and names no hash that no script has any more: when
 * Docusaurus changes its inline script, this says which hash to put in.
 */
export function checkCspHashes(pages: BuiltPage[], sources: PolicySource[]): Finding[] {
  const findings: Finding[] = [];
  const inBuild = new Map<string, string>();
  for (const page of pages) for (const h of inlineScriptHashes(page.html)) if (!inBuild.has(h)) inBuild.set(h, page.path);
  for (const source of sources) {
    const csp = /default-src[^"\n]*/.exec(source.text)?.[0];
    const where = { file: source.file, ...(csp ? (locateText(source.text, csp) ?? { line: 1, column: 1 }) : { line: 1, column: 1 }), rule: 'site/csp' };
    if (!csp) {
      findings.push({ ...where, message: 'no content security policy (default-src ...) found' });
      continue;
    }
    const allowed = [...csp.matchAll(/'(sha256-[A-Za-z0-9+/=]+)'/g)].map((m) => m[1]);
    for (const [h, path] of inBuild) if (!allowed.includes(h)) findings.push({ ...where, message: `the inline script of ${path} (${h}) is not allowed: add '${h}' to script-src` });
    for (const h of allowed) if (!inBuild.has(h)) findings.push({ ...where, message: `'${h}' matches no inline script in the build: remove it` });
  }
  return findings;
}
