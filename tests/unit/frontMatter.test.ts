import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDescription } from '../../scripts/verify/frontMatter';

test('a page with a description passes, also when it is folded over lines', () => {
  assert.deepEqual(checkDescription('a.mdx', '---\ntitle: A\ndescription: What A is.\n---\n\n# A\n'), []);
  assert.deepEqual(checkDescription('a.mdx', '---\ntitle: A\ndescription: >\n  What A is,\n  in two lines.\n---\n'), []);
});

const bad = [
  { name: 'no description: reported at the title line', text: '---\ntitle: A\nsidebar_label: A\n---\n\n# A\n', line: 2, mentions: 'no `description:`' },
  { name: 'no title either: reported at the closing ---', text: '---\nsidebar_label: A\n---\n', line: 3, mentions: 'no `description:`' },
  { name: 'an empty description', text: '---\ntitle: A\ndescription: ""\n---\n', line: 3, mentions: 'empty' },
  { name: 'no front matter', text: '# A\n', line: 1, mentions: 'no front matter' },
];

for (const b of bad) {
  test(`page/description: ${b.name}`, () => {
    const findings = checkDescription('docs/a.mdx', b.text);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].rule, 'page/description');
    assert.equal(findings[0].line, b.line);
    assert.ok(findings[0].message.includes(b.mentions), findings[0].message);
  });
}
