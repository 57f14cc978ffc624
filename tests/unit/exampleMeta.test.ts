import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateExampleMeta } from '../../src/examples/exampleMeta';

const good = {
  id: 'task-role-invoke-lambda',
  roleType: 'task-role',
  title: { ja: 'タイトル', en: 'Title' },
  caption: { ja: 'キャプション', en: 'Caption' },
  files: [
    { path: 'template.yaml', format: 'cloudformation' },
    { path: 'main.tf', format: 'terraform' },
    { path: 'stack.ts', format: 'cdk' },
    { path: 'trust-policy.json', format: 'json', content: 'trust' },
  ],
  pages: ['roles/task-role'],
};

test('a complete example.json passes', () => {
  assert.deepEqual(validateExampleMeta(good, 'task-role-invoke-lambda'), []);
});

test('a caption without English is reported at that key', () => {
  const problems = validateExampleMeta({ ...good, caption: { ja: 'キャプション' } }, 'task-role-invoke-lambda');
  assert.deepEqual(problems.map((p) => p.path), [['caption', 'en']]);
});

test('a missing format must be declared absent with a reason', () => {
  const files = good.files.filter((f) => f.format !== 'terraform');
  assert.match(validateExampleMeta({ ...good, files }, 'task-role-invoke-lambda')[0].message, /no terraform file/);
  const absentFormats = [{ format: 'terraform', reason: { ja: '理由', en: 'Reason' } }];
  assert.deepEqual(validateExampleMeta({ ...good, files, absentFormats }, 'task-role-invoke-lambda'), []);
});

test('a JSON file must say what it holds, and the id must match the folder', () => {
  const files = [...good.files.slice(0, 3), { path: 'policy.json', format: 'json' }];
  const problems = validateExampleMeta({ ...good, files }, 'another-folder');
  assert.deepEqual(problems.map((p) => p.path), [['id'], ['files', 3, 'content']]);
});
