import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { checkTypeScript } from '../../scripts/verify/typescript';

const root = resolve(import.meta.dirname, '../..');
const file = (name: string) => ({ path: `tests/fixtures/typescript/${name}`, text: readFileSync(join(root, 'tests/fixtures/typescript', name), 'utf8') });

test('one Project: the good CDK stack passes and the bad one fails on its line', async () => {
  const { findings, version } = await checkTypeScript(root, [file('good/stack.ts'), file('bad/stack.ts')]);
  assert.match(version, /^6\./);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].file, 'tests/fixtures/typescript/bad/stack.ts');
  assert.equal(findings[0].rule, 'typescript/TS2322');
  assert.equal(findings[0].line, 23);
});
