import type { Finding } from '../../src/engine/findings';

// Languages whose snippets a reader would copy into a stack: they must come from
// examples/ (verified) instead of being typed into a page.
const CHECKABLE = new Set(['yaml', 'yml', 'json', 'jsonc', 'json5', 'hcl', 'terraform', 'tf', 'ts', 'tsx', 'typescript', 'js', 'jsx', 'javascript', 'mjs', 'cjs']);

// Output and shell text a reader reads rather than deploys.
const PLAIN = new Set(['text', 'txt', 'console', 'shell', 'sh', 'bash', 'log', 'plaintext']);

/**
 * Finds fenced code blocks typed into a page. A block in a checkable language is
 * rejected (it cannot be verified where it stands); a block must name its
 * language, so an unlabelled YAML block cannot slip through.
 */
export function checkCodeFences(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split('\n');
  let open: { marker: string } | undefined;
  lines.forEach((line, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (!fence) return;
    if (open) {
      if (fence[2].startsWith(open.marker[0]) && fence[2].length >= open.marker.length && fence[3] === '') open = undefined;
      return;
    }
    open = { marker: fence[2] };
    const language = fence[3].toLowerCase();
    const column = fence[1].length + 1;
    if (language === '') {
      findings.push({ file, line: i + 1, column, rule: 'mdx/code-fence-language', message: 'a code block must name its language (use `text` for plain output)' });
    } else if (CHECKABLE.has(language)) {
      findings.push({
        file,
        line: i + 1,
        column,
        rule: 'mdx/unverified-snippet',
        message: `a ${language} code block typed into a page cannot be verified: put it in examples/<id>/ and show it with <Example id="<id>" />`,
      });
    } else if (!PLAIN.has(language)) {
      findings.push({ file, line: i + 1, column, rule: 'mdx/code-fence-language', message: `unknown code block language "${language}": use one of ${[...PLAIN].join(', ')}, or an <Example />` });
    }
  });
  return findings;
}
