import type { Finding } from '../../src/engine/findings';

/**
 * Every docs page has a `description:` in its front matter: it becomes the
 * page's `<meta name="description">` and the text search engines and link
 * previews show, so a page without one gets whatever its first paragraph is.
 */
export function checkDescription(file: string, text: string): Finding[] {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return [{ file, line: 1, column: 1, rule: 'page/description', message: 'no front matter: start the page with --- and a `description:` line' }];
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return [{ file, line: 1, column: 1, rule: 'page/description', message: 'the front matter is not closed with ---' }];
  const at = lines.slice(1, end).findIndex((l) => /^description\s*:/.test(l));
  if (at < 0) {
    // Point where it belongs: after the title, or at the end of the front matter.
    const title = lines.slice(1, end).findIndex((l) => /^title\s*:/.test(l));
    return [{ file, line: (title >= 0 ? title + 1 : end) + 1, column: 1, rule: 'page/description', message: 'no `description:` in the front matter: write one or two sentences for search results and link previews' }];
  }
  const value = lines[at + 1].replace(/^description\s*:\s*/, '').replace(/^(['"])(.*)\1$/, '$2').trim();
  if (value === '' || value === '>' || value === '|') {
    const continued = value !== '' && lines[at + 2] !== undefined && at + 2 < end && /^\s+\S/.test(lines[at + 2]);
    if (!continued) return [{ file, line: at + 2, column: 1, rule: 'page/description', message: '`description:` is empty' }];
  }
  return [];
}
