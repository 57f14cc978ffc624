import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { checkJapaneseProse } from '../../scripts/verify/textlint';

const root = resolve(import.meta.dirname, '../..');

test('Japanese prose that follows the preset and the AWS terms passes', async () => {
  assert.deepEqual(await checkJapaneseProse(root, ['tests/fixtures/textlint/good.mdx']), []);
});

test('a non-AWS term and a sentence with too many 読点 are reported on their lines', async () => {
  const findings = await checkJapaneseProse(root, ['tests/fixtures/textlint/bad.mdx']);
  assert.deepEqual(
    findings.map((f) => [f.line, f.rule]),
    [
      [7, 'textlint/prh'],
      [9, 'textlint/ja-technical-writing/max-ten'],
    ],
  );
  assert.match(findings[0].message, /信頼ポリシー/);
});
