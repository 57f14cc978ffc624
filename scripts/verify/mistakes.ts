import { locateText, type Finding } from '../../src/engine/findings';
import type { Format } from '../../src/examples/exampleMeta';
import type { LoadedExample } from '../../src/examples/loadExamples';
import type { ClaimOutcome } from './claims';

/**
 * A mistake under examples/mistakes/ must fail exactly as its example.json
 * declares, in each of its formats: a mistake that silently becomes valid, or
 * fails for another reason, is itself a problem.
 */
export function checkMistake(example: LoadedExample, findings: Finding[], outcomes: ClaimOutcome[]): Finding[] {
  const formats = [...new Set(example.files.map((f) => f.format))];
  const formatOf = new Map(example.files.map((f) => [f.projectPath, f.format]));
  const problems: Finding[] = [];
  const at = (needle: string) => ({ file: example.metaPath, ...(locateText(example.metaText, needle) ?? { line: 1, column: 1 }) });

  for (const format of formats) {
    const actual = new Set<string>();
    for (const f of findings) if (formatOf.get(f.file) === format && f.rule !== 'claim') actual.add(`rule ${f.rule}`);
    for (const o of outcomes) for (const r of o.formats) if (r.format === format && !r.result.holds) actual.add(`claim ${o.claim.id}`);
    const expected = new Set((example.meta.expectedFailures ?? []).filter((e) => !e.formats || e.formats.includes(format as Format)).map((e) => (e.claim ? `claim ${e.claim}` : `rule ${e.rule}`)));
    for (const e of expected) {
      if (!actual.has(e)) problems.push({ ...at(`"${e.split(' ')[1]}"`), rule: 'mistake/silently-valid', message: `the ${format} version of this mistake should fail with ${e}, but it does not` });
    }
    for (const a of actual) {
      if (expected.has(a)) continue;
      const detail = findings.find((f) => formatOf.get(f.file) === format && `rule ${f.rule}` === a);
      problems.push({ ...at('"expectedFailures"'), rule: 'mistake/other-failure', message: `the ${format} version fails with ${a}, which is not declared${detail ? ` (${detail.file}:${detail.line}: ${detail.message})` : ''}` });
    }
  }
  return problems;
}
