import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkPolicyFile } from '../../scripts/verify/policyFiles';
import type { PolicyKind } from '../../src/engine/policy/policyKinds';

const dir = join(import.meta.dirname, '../fixtures/iam');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

test('good policies give no findings', async () => {
  assert.deepEqual(await checkPolicyFile('trust.json', read('good/trust.json'), 'trust'), []);
  assert.deepEqual(await checkPolicyFile('identity.json', read('good/identity.json'), 'identity'), []);
});

const bad: { fixture: string; kind: PolicyKind; rule: string; line: number; mentions: string }[] = [
  { fixture: 'action-typo.json', kind: 'identity', rule: 'iam/unknown-action', line: 7, mentions: 'lambda:InvokeFuntion' },
  { fixture: 'invalid-json.json', kind: 'identity', rule: 'json/syntax', line: 8, mentions: 'invalid JSON' },
  { fixture: 'wrong-principal.json', kind: 'trust', rule: 'iam/service-principal', line: 7, mentions: 'did you mean "ecs-tasks.amazonaws.com"' },
  { fixture: 'old-version.json', kind: 'identity', rule: 'iam/version', line: 2, mentions: '2012-10-17' },
  { fixture: 'principal-in-identity.json', kind: 'identity', rule: 'iam/grammar', line: 6, mentions: 'Principal' },
];

for (const b of bad) {
  test(`bad policy ${b.fixture}: ${b.rule} at line ${b.line}`, async () => {
    const findings = await checkPolicyFile(b.fixture, read(`bad/${b.fixture}`), b.kind);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].rule, b.rule);
    assert.equal(findings[0].line, b.line);
    assert.match(findings[0].message, new RegExp(b.mentions.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
}
