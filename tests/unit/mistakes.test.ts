import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimOutcome } from '../../scripts/verify/claims';
import { checkMistake } from '../../scripts/verify/mistakes';
import type { LoadedExample } from '../../src/examples/loadExamples';

const mistake = (expectedFailures: { claim?: string; rule?: string }[]): LoadedExample => ({
  meta: { id: 'm', roleType: 'task-role', title: { ja: 't', en: 't' }, caption: { ja: 'c', en: 'c' }, files: [], pages: [], expectedFailures },
  dir: 'examples/mistakes/m',
  metaPath: 'examples/mistakes/m/example.json',
  metaText: '{\n  "expectedFailures": [{ "claim": "can-assume" }]\n}\n',
  mistake: true,
  files: [
    { path: 'template.yaml', format: 'cloudformation', projectPath: 'examples/mistakes/m/template.yaml', text: '', sha256: '' },
    { path: 'trust.json', format: 'json', content: 'trust', projectPath: 'examples/mistakes/m/trust.json', text: '', sha256: '' },
  ],
});
const outcome = (cfn: boolean, json: boolean): ClaimOutcome => ({
  claim: { id: 'can-assume', role: 'r', assume: { principal: 'ecs-tasks.amazonaws.com' }, expect: 'allow' },
  formats: [
    { format: 'cloudformation', file: 'examples/mistakes/m/template.yaml', result: { holds: cfn, answer: '', why: '' } },
    { format: 'json', file: 'examples/mistakes/m/trust.json', result: { holds: json, answer: '', why: '' } },
  ],
});

test('a mistake that fails exactly as declared in every format is fine', () => {
  assert.deepEqual(checkMistake(mistake([{ claim: 'can-assume' }]), [], [outcome(false, false)]), []);
});

test('a mistake that silently became valid in one format is reported', () => {
  const problems = checkMistake(mistake([{ claim: 'can-assume' }]), [], [outcome(false, true)]);
  assert.deepEqual(problems.map((p) => [p.rule, p.line]), [['mistake/silently-valid', 2]]);
  assert.match(problems[0].message, /json version/);
});

test('a mistake that fails for another reason is reported', () => {
  const lint = { file: 'examples/mistakes/m/template.yaml', line: 3, column: 1, rule: 'cfn-lint/E3012', message: 'bad type' };
  const problems = checkMistake(mistake([{ claim: 'can-assume' }]), [lint], [outcome(false, false)]);
  assert.deepEqual(problems.map((p) => p.rule), ['mistake/other-failure']);
  assert.match(problems[0].message, /cloudformation version fails with rule cfn-lint\/E3012/);
});
