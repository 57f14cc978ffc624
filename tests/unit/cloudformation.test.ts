import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, test } from 'node:test';
import { findCfnLint, runCfnLint, type CfnLintTool } from '../../scripts/verify/cfnLint';
import { checkTemplatePrincipals } from '../../scripts/verify/cloudformationPrincipals';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => `tests/fixtures/cloudformation/${name}`;
let tool: CfnLintTool;

before(async () => {
  const found = await findCfnLint(root);
  // Not a skip: without the pinned cfn-lint the CloudFormation checks cannot be trusted.
  assert.ok(!('error' in found), 'error' in found ? found.error : '');
  tool = found as CfnLintTool;
});

test('cfn-lint passes the good template', async () => {
  assert.deepEqual(await runCfnLint(tool, root, [fixture('good/task-role.yaml')]), []);
});

test('cfn-lint reports an action typo as W3037 on its line', async () => {
  const findings = await runCfnLint(tool, root, [fixture('bad/action-typo.yaml')]);
  const typo = findings.filter((f) => f.rule === 'cfn-lint/W3037');
  assert.equal(typo.length, 1, JSON.stringify(findings));
  assert.equal(typo[0].line, 33);
  assert.equal(typo[0].file, fixture('bad/action-typo.yaml'));
});

test('cfn-lint alone accepts a wrong service principal, and our check reports it', async () => {
  assert.deepEqual(await runCfnLint(tool, root, [fixture('bad/wrong-principal.yaml')]), []);
  const text = readFileSync(join(root, fixture('bad/wrong-principal.yaml')), 'utf8');
  const findings = checkTemplatePrincipals('t.yaml', text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].rule, 'iam/service-principal');
  assert.equal(findings[0].line, 20);
  assert.match(findings[0].message, /ecs-task\.amazonaws\.com.*did you mean "ecs-tasks\.amazonaws\.com"/);
});

test('the principal check passes the good template', () => {
  const text = readFileSync(join(root, fixture('good/task-role.yaml')), 'utf8');
  assert.deepEqual(checkTemplatePrincipals('t.yaml', text), []);
});
