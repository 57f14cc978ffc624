import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkTerraformFile } from '../../scripts/verify/terraform';

const dir = join(import.meta.dirname, '../fixtures/terraform');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

for (const good of ['execution-role.tf', 'task-role.tf']) {
  test(`good Terraform ${good} gives no findings`, async () => {
    assert.deepEqual(await checkTerraformFile(good, read(`good/${good}`)), []);
  });
}

const bad = [
  { fixture: 'syntax.tf', rule: 'terraform/syntax', line: 3, mentions: 'invalid HCL' },
  { fixture: 'unknown-resource.tf', rule: 'terraform/unknown-type', line: 1, mentions: 'aws_iam_roles' },
  { fixture: 'jsonencode-typo.tf', rule: 'iam/unknown-action', line: 69, mentions: 's3:GetObjekt' },
  { fixture: 'policy-document-principal.tf', rule: 'iam/service-principal', line: 31, mentions: 'ecs.amazonaws.co' },
  { fixture: 'heredoc-invalid.tf', rule: 'json/syntax', line: 3, mentions: 'aws_iam_policy.read.policy' },
];

for (const b of bad) {
  test(`bad Terraform ${b.fixture}: ${b.rule} at line ${b.line}`, async () => {
    const findings = await checkTerraformFile(b.fixture, read(`bad/${b.fixture}`));
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].rule, b.rule);
    assert.equal(findings[0].line, b.line);
    assert.ok(findings[0].message.includes(b.mentions), findings[0].message);
  });
}
