import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDoctorRules, type DoctorRulesInput } from '../../scripts/verify/doctorRules';
import type { DoctorRule } from '../../src/data/doctorRules';

const rule = (id: string, change: Partial<DoctorRule> = {}): DoctorRule => ({
  id,
  kind: 'wrong-role',
  severity: 'error',
  roleType: 'task-role',
  title: { ja: 'タイトル', en: 'Title' },
  description: { ja: '説明', en: 'Description' },
  errorIds: ['known-error'],
  page: 'roles/task-role#mistake-x',
  goodExample: 'good-one',
  badExample: 'bad-one',
  ...change,
});

// The rules as src/data/doctorRules.ts writes them: rule i's id is on line 3 + 4i.
const source = (rules: DoctorRule[]) => `export const DOCTOR_RULES = [\n${rules.map((r) => `  rule({\n    id: '${r.id}',\n    kind: '${r.kind}',\n  }),`).join('\n')}\n];\n`;

function input(rules: DoctorRule[]): DoctorRulesInput {
  return {
    file: 'src/data/doctorRules.ts',
    text: source(rules),
    rules,
    errorIds: ['known-error'],
    examples: [
      { mistake: false, meta: { id: 'good-one' } },
      { mistake: true, meta: { id: 'bad-one', expectedFailures: [{ claim: 'c' }, { rule: 'doctor/first' }, { rule: 'doctor/second' }] } },
    ],
    pages: {
      ja: [{ docId: 'roles/task-role', text: '# タスクロール\n\n## 誤り {/* #mistake-x */}\n' }],
      en: [{ docId: 'roles/task-role', text: '# Task role\n\n## Mistake {/* #mistake-x */}\n' }],
    },
  };
}

test('rules whose errors, examples and sections exist in both languages have no findings', () => {
  assert.deepEqual(checkDoctorRules(input([rule('first'), rule('second', { badExample: undefined })])), []);
});

test('an unknown error id is reported on the line of the rule’s id', () => {
  const findings = checkDoctorRules(input([rule('first'), rule('second', { errorIds: ['known-error', 'no-such-error'] })]));
  assert.deepEqual(findings.map((f) => [f.file, f.line, f.column, f.rule]), [['src/data/doctorRules.ts', 7, 5, 'doctor-rules/unknown-error']]);
  assert.match(findings[0].message, /^second: no error "no-such-error"/);
});

test('swapped examples, a missing anchor and a missing English title are each named', () => {
  const findings = checkDoctorRules(
    input([
      rule('first', { goodExample: 'bad-one', badExample: 'good-one' }),
      rule('second', { page: 'roles/task-role#not-there', title: { ja: 'タイトル', en: '' } }),
    ]),
  );
  assert.deepEqual(findings.map((f) => [f.line, f.rule]), [
    [3, 'doctor-rules/good-example'],
    [3, 'doctor-rules/bad-example'],
    [7, 'doctor-rules/language'],
    [7, 'doctor-rules/anchor'],
    [7, 'doctor-rules/anchor'],
  ]);
  assert.match(findings[0].message, /is a mistake/);
  assert.match(findings[1].message, /is a recommended example/);
});

test('a wrong example that does not declare the rule proves nothing', () => {
  const findings = checkDoctorRules(input([rule('third')]));
  assert.deepEqual(findings.map((f) => [f.line, f.rule]), [[3, 'doctor-rules/bad-example']]);
  assert.match(findings[0].message, /"doctor\/third"/);
});

test('a page missing in one language is reported for that language', () => {
  const rules = [rule('first', { badExample: undefined })];
  const findings = checkDoctorRules({ ...input(rules), pages: { ...input(rules).pages, en: [] } });
  assert.deepEqual(findings.map((f) => [f.rule, f.message]), [['doctor-rules/page', 'first: no English docs page "roles/task-role"']]);
});
