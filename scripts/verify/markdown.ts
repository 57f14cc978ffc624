import type { Finding } from '../../src/engine/findings';

interface LintResult {
  fileName: string;
  lineNumber: number;
  ruleNames: string[];
  ruleDescription: string;
  errorDetail: string | null;
  errorRange: [number, number] | null;
}

/** Runs markdownlint-cli2 (with .markdownlint-cli2.jsonc) over the given globs and returns its results as findings. */
export async function checkMarkdown(root: string, globs: string[]): Promise<Finding[]> {
  const { main } = await import('markdownlint-cli2');
  const findings: Finding[] = [];
  const collect = (options: { results: LintResult[] }) => {
    for (const r of options.results) {
      findings.push({
        file: r.fileName,
        line: r.lineNumber,
        column: r.errorRange?.[0] ?? 1,
        rule: `markdownlint/${r.ruleNames[0]}`,
        message: `${r.ruleDescription}${r.errorDetail ? ` [${r.errorDetail}]` : ''}`,
      });
    }
  };
  await main({
    directory: root,
    argv: globs,
    optionsOverride: { outputFormatters: [[collect]] },
    logMessage: () => {},
    logError: () => {},
  });
  return findings;
}
