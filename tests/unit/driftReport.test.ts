import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { compareReports, formatDrift, needsAttention } from '../../scripts/drift/compareReports';
import type { RunReport } from '../../scripts/verify/runReport';

const dir = join(import.meta.dirname, '../fixtures/drift');
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RunReport;
const run = promisify(execFile);

test('the same report twice: no drift', () => {
  const drift = compareReports(read('baseline.json'), read('baseline.json'));
  assert.deepEqual(drift.tools, []);
  assert.equal(needsAttention(drift), false);
});

test('only tool versions and synthesized templates changed: reported, but nothing to look at', () => {
  const drift = compareReports(read('baseline.json'), read('latest-tools-only.json'));
  assert.deepEqual(drift.tools.map((t) => `${t.tool} ${t.before} -> ${t.after}`), ['iam-data 0.21.202609261 (2026-09-26) -> 0.22.202611301 (2026-11-30)', 'aws-cdk-lib 2.276.0 -> 2.280.0', 'cfn-lint 1.51.0 -> 1.52.0']);
  assert.deepEqual(drift.resynthesized, ['examples/task-role-invoke-lambda/stack.ts']);
  assert.equal(needsAttention(drift), false);
  assert.match(formatDrift(drift), /Result: no drift/);
});

test('drift: unknown actions, new cfn-lint findings, flipped claims, managed policies and quiet mistakes are each named', () => {
  const drift = compareReports(read('baseline.json'), read('latest-drifted.json'));
  assert.equal(needsAttention(drift), true);
  // Found once although the run lists it on the example and among the findings; claim findings are compared as claims.
  assert.deepEqual(drift.newFindings.map((f) => `${f.file}:${f.line} ${f.rule}`), ['examples/task-role-invoke-lambda/template.yaml:21 cfn-lint/W3037', 'examples/task-role-invoke-lambda/template.yaml:21 iam/unknown-action']);
  assert.deepEqual(drift.flippedClaims, [{ example: 'task-role-invoke-lambda', claim: 'invokes-my-fn', format: 'cloudformation', before: true, after: false, answer: 'ImplicitlyDenied' }]);
  assert.deepEqual(drift.managedPolicies, [{ arn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role', added: ['ecs:submitservicestatechange'], removed: [], unknown: ['ec2:DescribeTags'] }]);
  assert.deepEqual(drift.goneFindings.map((f) => f.rule), ['iam/service-principal']);
  assert.deepEqual(drift.exitCode, { before: 0, after: 1 });

  const text = formatDrift(drift);
  assert.match(text, /## Actions the IAM data set no longer knows\n\n- examples\/task-role-invoke-lambda\/template\.yaml:21:1: \[iam\/unknown-action\]/);
  assert.match(text, /## New cfn-lint findings\n\n- examples\/task-role-invoke-lambda\/template\.yaml:21:1: \[cfn-lint\/W3037\]/);
  assert.match(text, /task-role-invoke-lambda \[invokes-my-fn\] in cloudformation: held -> fails \(simulator: ImplicitlyDenied\)/);
  assert.match(text, /AmazonEC2ContainerServiceforEC2Role: now also grants ecs:submitservicestatechange names unknown actions ec2:DescribeTags/);
  assert.match(text, /Result: drift found \(verify exit code 0 -> 1\)/);
});

test('the CLI exits 1 on drift, 0 without, and 2 with one line on unreadable input', async () => {
  const cli = resolve(import.meta.dirname, '../../scripts/driftReport.ts');
  const exit = async (...args: string[]) => run('npx', ['tsx', cli, ...args]).then(() => 0, (e: { code: number; stderr: string }) => e);
  assert.equal(await exit(join(dir, 'baseline.json'), join(dir, 'latest-tools-only.json')), 0);
  assert.equal(((await exit(join(dir, 'baseline.json'), join(dir, 'latest-drifted.json'))) as { code: number }).code, 1);
  const unreadable = (await exit(join(dir, 'baseline.json'), join(dir, '../drift'))) as { code: number; stderr: string };
  assert.equal(unreadable.code, 2);
  assert.match(unreadable.stderr, /^driftReport: /);
  assert.doesNotMatch(unreadable.stderr, /\n\s+at /);
});
