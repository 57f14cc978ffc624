import { locateText, type Finding } from '../../src/engine/findings';
import type { ExampleMeta } from '../../src/examples/exampleMeta';

export interface Page {
  /** Relative to the project root. */
  file: string;
  /** The doc id: path below the docs folder, without extension (`roles/task-role`). */
  docId: string;
  text: string;
}

/** Every `<Example id="..." />` on a page, with its line. */
export function exampleTags(text: string): { id: string; line: number; column: number }[] {
  const out: { id: string; line: number; column: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<Example\s+[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)) {
      out.push({ id: m[1] ?? m[2] ?? m[3], line: i + 1, column: (m.index ?? 0) + 1 });
    }
  });
  return out;
}

/**
 * Checks that pages and example metadata agree: every <Example id> names a real
 * example, and an example's `pages` lists exactly the pages that show it.
 */
export function checkExampleUsage(pages: Page[], examples: { meta: ExampleMeta; metaPath: string; metaText: string }[], docsDir: string): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(examples.map((e) => [e.meta.id, e]));
  const usedOn = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const tag of exampleTags(page.text)) {
      if (!/^[a-z0-9-]+$/.test(tag.id)) {
        findings.push({ file: page.file, line: tag.line, column: tag.column, rule: 'example/unknown', message: `<Example id> must be a literal example id, not ${JSON.stringify(tag.id)}` });
        continue;
      }
      const example = byId.get(tag.id);
      if (!example) {
        findings.push({ file: page.file, line: tag.line, column: tag.column, rule: 'example/unknown', message: `no example "${tag.id}" in examples/` });
        continue;
      }
      if (!example.meta.pages.includes(page.docId)) {
        findings.push({ file: page.file, line: tag.line, column: tag.column, rule: 'example/pages', message: `"${tag.id}" is shown here, but its example.json does not list "${page.docId}" in "pages"` });
      }
      usedOn.set(tag.id, (usedOn.get(tag.id) ?? new Set()).add(page.docId));
    }
  }
  for (const example of examples) {
    for (const docId of example.meta.pages) {
      if (!usedOn.get(example.meta.id)?.has(docId)) {
        const at = locateText(example.metaText, `"${docId}"`) ?? { line: 1, column: 1 };
        findings.push({ file: example.metaPath, ...at, rule: 'example/pages', message: `"pages" lists "${docId}", but ${docsDir}/${docId}.mdx does not show <Example id="${example.meta.id}" />` });
      }
    }
  }
  return findings;
}
