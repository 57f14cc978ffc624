import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../../src/engine/findings';

/**
 * Checks Japanese prose the way Japanese technical writers do: textlint with
 * textlint-rule-preset-ja-technical-writing and a prh dictionary of AWS's
 * Japanese terms (docs-dev/prh-aws-terms.yml), configured in .textlintrc.json.
 */
export async function checkJapaneseProse(root: string, files: string[]): Promise<Finding[]> {
  if (files.length === 0) return [];
  const { createLinter, loadTextlintrc } = await import('textlint');
  const descriptor = await loadTextlintrc({ configFilePath: join(root, '.textlintrc.json'), node_modulesDir: join(root, 'node_modules') });
  const linter = createLinter({ descriptor });
  const results = await linter.lintFiles(files.map((f) => join(root, f)));
  const findings: Finding[] = [];
  for (const result of results) {
    const lines = readFileSync(result.filePath, 'utf8').split('\n');
    for (const m of result.messages) {
      // textlint-plugin-mdx reports columns as offsets into the file; keep the column only when it fits the line.
      const column = m.column <= (lines[m.line - 1]?.length ?? 0) + 1 ? m.column : 1;
      findings.push({ file: relative(root, result.filePath), line: m.line, column, rule: `textlint/${m.ruleId}`, message: m.message.split('\n')[0] });
    }
  }
  return findings;
}
