import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkCodeFences } from '../../scripts/verify/codeFences';
import { checkExampleUsage, exampleTags } from '../../scripts/verify/exampleUsage';
import { checkCodeTranslations, checkEnglishMessages, checkPageParity } from '../../scripts/verify/parity';
import type { ExampleMeta } from '../../src/examples/exampleMeta';

const dir = join(import.meta.dirname, '../fixtures/pages');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

test('plain output blocks are allowed on a page', () => {
  assert.deepEqual(checkCodeFences('p.mdx', read('good/plain-output.mdx')), []);
});

test('a YAML block pasted into a page is rejected on its line', () => {
  const findings = checkCodeFences('p.mdx', read('bad/pasted-yaml.mdx'));
  assert.equal(findings.length, 1);
  assert.equal(findings[0].rule, 'mdx/unverified-snippet');
  assert.equal(findings[0].line, 9);
});

test('a code block without a language is rejected', () => {
  const findings = checkCodeFences('p.mdx', 'text\n\n```\nResources: {}\n```\n');
  assert.deepEqual(findings.map((f) => [f.rule, f.line]), [['mdx/code-fence-language', 3]]);
});

test('a fence inside a longer fence is not a new block', () => {
  assert.deepEqual(checkCodeFences('p.mdx', '````text\n```yaml\na: 1\n```\n````\n'), []);
});

test('a page without its English twin, and the other way round', () => {
  const findings = checkPageParity({ jaDir: 'docs', enDir: 'en', jaFiles: ['a.mdx', 'roles/b.mdx'], enFiles: ['a.mdx', 'c.mdx'] });
  assert.deepEqual(findings.map((f) => [f.file, f.rule]), [
    ['docs/roles/b.mdx', 'parity/missing-english'],
    ['en/c.mdx', 'parity/missing-japanese'],
  ]);
});

test('a translation id without an English message is reported on its line', () => {
  const source = "import Translate from '@docusaurus/Translate';\n\n<Translate id=\"home.lead\">...</Translate>\n<Translate id=\"home.more\">...</Translate>\n";
  const findings = checkCodeTranslations([{ file: 'src/pages/index.tsx', text: source }], { 'home.lead': { message: 'Lead' } }, 'i18n/en/code.json');
  assert.deepEqual(findings.map((f) => [f.line, f.rule]), [[4, 'parity/missing-translation']]);
});

test('an English message still in Japanese is reported', () => {
  const text = '{\n  "home.title": { "message": "Title" },\n  "home.lead": { "message": "ロールの説明" }\n}\n';
  const findings = checkEnglishMessages('i18n/en/code.json', text);
  assert.deepEqual(findings.map((f) => [f.line, f.rule]), [[3, 'parity/untranslated']]);
});

const meta = (id: string, pages: string[]): ExampleMeta => ({
  id,
  roleType: 'task-role',
  title: { ja: 't', en: 't' },
  caption: { ja: 'c', en: 'c' },
  files: [],
  pages,
});

test('example tags are found with their line', () => {
  assert.deepEqual(exampleTags('a\n<Example id="x-y" />\n  <Example id=\'z\'/>\n'), [
    { id: 'x-y', line: 2, column: 1 },
    { id: 'z', line: 3, column: 3 },
  ]);
});

test('pages and example metadata must agree', () => {
  const pages = [{ file: 'docs/roles/task-role.mdx', docId: 'roles/task-role', text: '\n<Example id="used" />\n<Example id="missing" />\n' }];
  const examples = [
    { meta: meta('used', ['roles/task-role']), metaPath: 'examples/used/example.json', metaText: '' },
    { meta: meta('unlisted', ['roles/other']), metaPath: 'examples/unlisted/example.json', metaText: '{\n "pages": ["roles/other"]\n}' },
  ];
  const findings = checkExampleUsage(pages, examples, 'docs');
  assert.deepEqual(findings.map((f) => [f.file, f.line, f.rule]), [
    ['docs/roles/task-role.mdx', 3, 'example/unknown'],
    ['examples/unlisted/example.json', 2, 'example/pages'],
  ]);
});
