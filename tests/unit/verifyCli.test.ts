import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

// End to end: the verify CLI on a copy of this project, with one fault injected
// at a time, must exit 1 and name the file and line of each fault.
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
let copy: string;

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'rolebook-verify-'));
  for (const p of ['examples', 'docs', 'i18n', 'src', '.markdownlint-cli2.jsonc', 'README.md', 'docs-dev']) cpSync(join(root, p), join(copy, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
});
after(() => rmSync(copy, { recursive: true, force: true }));

async function verify(): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', join(root, 'scripts/verify.ts'), '--root', copy], { cwd: root, maxBuffer: 16 << 20 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Applies a change to one file, runs verify, and puts the file back. */
async function withFault(path: string, change: (text: string) => string): Promise<{ code: number; out: string }> {
  const abs = join(copy, path);
  const original = readFileSync(abs, 'utf8');
  const changed = change(original);
  assert.notEqual(changed, original, `the fault did not change ${path}`);
  writeFileSync(abs, changed);
  try {
    return await verify();
  } finally {
    writeFileSync(abs, original);
  }
}

function lineOf(path: string, needle: string): number {
  const lines = readFileSync(join(copy, path), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${needle} not in ${path}`);
  return i + 1;
}

test('the unchanged copy verifies cleanly, without a stack trace', async () => {
  const { code, out } = await verify();
  assert.equal(code, 0, out);
  assert.match(out, /^verify: ok: /m);
});

const cases: { name: string; path: string; find: string; replace: string; rule: string }[] = [
  { name: 'an action typo in a CloudFormation example', path: 'examples/task-role-invoke-lambda/template.yaml', find: 'Action: lambda:InvokeFunction', replace: 'Action: lambda:InvokeFuntion', rule: 'cfn-lint/W3037' },
  { name: 'invalid JSON in a policy', path: 'examples/task-role-invoke-lambda/permissions-policy.json', find: '"Effect": "Allow",', replace: '"Effect": "Allow",,', rule: 'json/syntax' },
  { name: 'a type error in a CDK file', path: 'examples/task-role-invoke-lambda/stack.ts', find: "resourceName: 'my-fn',", replace: 'resourceName: 42,', rule: 'typescript/TS2322' },
  { name: 'a Terraform syntax error', path: 'examples/task-role-invoke-lambda/main.tf', find: 'name               = "my-app-task-role"', replace: 'name               = ', rule: 'terraform/syntax' },
  { name: 'a wrong service principal', path: 'examples/task-role-invoke-lambda/trust-policy.json', find: '"Service": "ecs-tasks.amazonaws.com"', replace: '"Service": "ecs-task.amazonaws.com"', rule: 'iam/service-principal' },
];

// Claims: a change that keeps every linter happy but changes what the snippet allows.
const claimCases: { name: string; path: string; find: string; replace: string; line: (text: string) => number }[] = [
  {
    name: 'a CloudFormation policy that allows a different action',
    path: 'examples/task-role-invoke-lambda/template.yaml',
    find: 'Action: lambda:InvokeFunction',
    replace: 'Action: lambda:GetFunction',
    line: (t) => t.split('\n').findIndex((l) => /^\s+PolicyDocument:/.test(l)) + 1,
  },
  {
    name: 'a CDK stack that grants a different resource',
    path: 'examples/task-role-invoke-lambda/stack.ts',
    find: "resourceName: 'my-fn',",
    replace: "resourceName: 'other-fn',",
    line: (t) => t.split('\n').findIndex((l) => l.includes("'TaskRole'")) + 1,
  },
  {
    name: 'a JSON policy that allows a different resource',
    path: 'examples/execution-role-secrets-envfile/permissions-policy.json',
    find: 'arn:aws:s3:::my-config-bucket/app/prod.env',
    replace: 'arn:aws:s3:::my-config-bucket/app/*.txt',
    line: () => 1,
  },
];

for (const c of claimCases) {
  test(`verify fails on ${c.name}, naming the file, the line and the claim`, async () => {
    const line = c.line(readFileSync(join(copy, c.path), 'utf8'));
    const { code, out } = await withFault(c.path, (t) => t.replace(c.find, c.replace));
    assert.equal(code, 1, out);
    assert.match(out, new RegExp(`^${c.path.replace(/[.]/g, '\\.')}:${line}:\\d+: \\[claim\\] \\[[\\w-]+\\] .*the simulator answered ImplicitlyDenied, because .*\\(it holds in `, 'm'));
  });
}

test('verify fails when a doctor rule points at a docs section that does not exist, on the line of its id', async () => {
  const path = 'src/data/doctorRules.ts';
  const line = lineOf(path, "id: 'execution-role-ecr-pull',");
  const { code, out } = await withFault(path, (t) => t.replace("page: 'roles/task-execution-role#minimum-policy',", "page: 'roles/task-execution-role#no-such-section',"));
  assert.equal(code, 1, out);
  assert.match(out, new RegExp(`^src/data/doctorRules\\.ts:${line}:5: \\[doctor-rules/anchor\\] execution-role-ecr-pull: the Japanese page`, 'm'));
});

test('verify fails when a mistake silently becomes valid', async () => {
  const path = 'examples/mistakes/task-role-trusts-ecs-service/trust-policy.json';
  const { code, out } = await withFault(path, (t) => t.replace('"ecs.amazonaws.com"', '"ecs-tasks.amazonaws.com"'));
  assert.equal(code, 1, out);
  assert.match(out, /^examples\/mistakes\/task-role-trusts-ecs-service\/example\.json:\d+:\d+: \[mistake\/silently-valid\] the json version/m);
});

for (const c of cases) {
  test(`verify fails on ${c.name}, naming the file and line`, async () => {
    const line = lineOf(c.path, c.find);
    const { code, out } = await withFault(c.path, (t) => t.replace(c.find, c.replace));
    assert.equal(code, 1, out);
    assert.match(out, new RegExp(`^${c.path.replace(/[.]/g, '\\.')}:${c.rule === 'terraform/syntax' ? `(${line}|${line + 1})` : line}:\\d+: \\[${c.rule.replace('/', '\\/')}\\]`, 'm'));
    assert.doesNotMatch(out, /\n\s+at /, 'no stack trace');
  });
}

test('verify fails on a page without its English twin', async () => {
  const en = join(copy, 'i18n/en/docusaurus-plugin-content-docs/current/intro.mdx');
  const text = readFileSync(en, 'utf8');
  rmSync(en);
  try {
    const { code, out } = await verify();
    assert.equal(code, 1, out);
    assert.match(out, /^docs\/intro\.mdx:1:1: \[parity\/missing-english\]/m);
  } finally {
    writeFileSync(en, text);
  }
});

test('verify fails on a YAML code block pasted into a page', async () => {
  const page = 'docs/roles/task-role.mdx';
  const lines = readFileSync(join(copy, page), 'utf8').split('\n');
  const { code, out } = await withFault(page, (t) => `${t}\n\`\`\`yaml\nResources: {}\n\`\`\`\n`);
  assert.equal(code, 1, out);
  assert.match(out, new RegExp(`^docs/roles/task-role\\.mdx:${lines.length + 1}:1: \\[mdx/unverified-snippet\\]`, 'm'));
});

test('--report json prints the run as JSON on stdout and the findings for people on stderr; a page without a description fails at its line', async () => {
  const page = 'docs/roles/task-role.mdx';
  const abs = join(copy, page);
  const original = readFileSync(abs, 'utf8');
  writeFileSync(abs, original.replace(/^description: .*\n/m, ''));
  try {
    const result = await run('npx', ['tsx', join(root, 'scripts/verify.ts'), '--root', copy, '--report', 'json'], { cwd: root, maxBuffer: 64 << 20 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /^docs\/roles\/task-role\.mdx:2:1: \[page\/description\] no `description:`/m);
    const report = JSON.parse(result.stdout) as { schema: string; exitCode: number; findings: { file: string; line: number; rule: string }[]; examples: { id: string; claims: unknown[] }[]; tools: Record<string, string>; managedPolicies: unknown[] };
    assert.equal(report.schema, 'rolebook-verify-run/1');
    assert.equal(report.exitCode, 1);
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`), ['docs/roles/task-role.mdx:2 page/description']);
    assert.ok(report.examples.find((e) => e.id === 'task-role-invoke-lambda')?.claims.length, 'every example with its claims');
    assert.equal(report.tools['cfn-lint'], '1.51.0');
    assert.ok(report.managedPolicies.length > 0);
  } finally {
    writeFileSync(abs, original);
  }
});
