import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from './exampleUsage';

export const JA_DOCS = 'docs';
export const EN_DOCS = 'i18n/en/docusaurus-plugin-content-docs/current';
export const JA_PAGES = 'src/pages';
export const EN_PAGES = 'i18n/en/docusaurus-plugin-content-pages';

/** Markdown and MDX files below a folder, relative to it. */
export function markdownFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (/\.mdx?$/.test(entry.name)) out.push(relative(abs, p));
    }
  };
  visit(abs);
  return out.sort();
}

/** Every docs page in both locales. */
export function loadDocPages(root: string): Page[] {
  return [JA_DOCS, EN_DOCS].flatMap((dir) =>
    markdownFiles(root, dir).map((f) => ({
      file: join(dir, f),
      docId: f.replace(/\.mdx?$/, ''),
      text: readFileSync(join(root, dir, f), 'utf8'),
    })),
  );
}
