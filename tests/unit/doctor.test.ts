import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { DOCTOR_RULES } from '../../src/data/doctorRules';
import { ERROR_CATALOGUE } from '../../src/data/errorCatalogue';
import { diagnose } from '../../src/engine/doctor/diagnose';
import type { DoctorInput } from '../../src/engine/doctor/types';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/doctor');
const fixture = (name: string): DoctorInput => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') });
/** The fixture with one edit, so each test states the mistake it injects. */
const injected = (name: string, from: string, to: string): DoctorInput => {
  const input = fixture(name);
  assert.ok(input.text.includes(from), `${name} has no "${from}" to replace`);
  return { name, text: input.text.replace(from, to) };
};
const summary = async (...inputs: DoctorInput[]) => (await diagnose(inputs)).findings.map((f) => `${f.rule} ${f.role} ${f.file}:${f.line}`);
const lineOf = (input: DoctorInput, needle: string) => input.text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('the real-world-shaped templates give no finding as written', async () => {
  for (const name of ['fargate-service.yaml', 'ec2-cluster.yaml', 'scheduled-task.yaml', 'sam-sqs-vpc.yaml', 'image-function.yaml']) {
    assert.deepEqual(await summary(fixture(name)), [], name);
  }
});

test('Fargate service: env file permission moved to the task role is on the wrong role', async () => {
  const base = fixture('fargate-service.yaml');
  // Move the two env file statements from the execution role's policy to the task role's.
  const envStatements = base.text.slice(base.text.indexOf('              - Effect: Allow\n                Action: s3:GetObject'), base.text.indexOf('\n  TaskRole:'));
  const moved = base.text.replace(envStatements, '\n').replace('                Resource: !Sub arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${AppName}-jobs\n', `                Resource: !Sub arn:\${AWS::Partition}:sqs:\${AWS::Region}:\${AWS::AccountId}:\${AppName}-jobs\n${envStatements.trimEnd()}\n`);
  const input = { name: base.name, text: moved };
  const findings = (await diagnose([input])).findings;
  assert.deepEqual([...new Set(findings.map((f) => `${f.rule} ${f.role} ${f.kind}`))], ['agent-permission-on-task-role TaskRole wrong-role']);
  assert.equal(findings[0].line, lineOf(input, '        - PolicyName: app') + 1);
  assert.deepEqual(findings[0].errorIds, DOCTOR_RULES.find((r) => r.id === 'agent-permission-on-task-role')!.errorIds);
});

test('Fargate service: a secret the execution role cannot read, and no execution role at all', async () => {
  const narrowed = injected('fargate-service.yaml', 'parameter/${AppName}/*', 'parameter/${AppName}/db/*');
  assert.deepEqual(await summary(narrowed), [`execution-role-secrets TaskExecutionRole fargate-service.yaml:${lineOf(narrowed, '  TaskExecutionRole:')}`]);
  const noRole = injected('fargate-service.yaml', '      ExecutionRoleArn: !GetAtt TaskExecutionRole.Arn\n', '');
  const findings = (await diagnose([noRole])).findings;
  assert.deepEqual(findings.map((f) => f.rule), ['execution-role-missing']);
  assert.equal(findings[0].kind, 'missing-role');
  assert.match(findings[0].message.en, /secrets \(app\).*ECR image \(app\).*awslogs \(app\)/);
});

test('Fargate service: ECS Exec permissions on the execution role, and the same role for both jobs', async () => {
  const base = fixture('fargate-service.yaml');
  const exec = base.text.slice(base.text.indexOf('              - Effect: Allow\n                Action:\n                  - ssmmessages'), base.text.indexOf('              - Effect: Allow\n                Action: sqs:SendMessage'));
  const moved = { name: base.name, text: base.text.replace(exec, '').replace('      Policies:\n        - PolicyName: fetch-config\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n', `      Policies:\n        - PolicyName: fetch-config\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n${exec}`) };
  assert.deepEqual([...new Set((await diagnose([moved])).findings.map((f) => f.rule))], ['application-permission-on-execution-role']);
  const same = injected('fargate-service.yaml', 'TaskRoleArn: !GetAtt TaskRole.Arn', 'TaskRoleArn: !GetAtt TaskExecutionRole.Arn');
  const rules = (await diagnose([same])).findings.map((f) => `${f.rule}/${f.severity}`);
  assert.ok(rules.includes('same-role-task-and-execution/warning'), rules.join());
});

test('EC2 cluster: an aws:Source* condition on the EC2 trust, and an instance role without the ECS managed policy', async () => {
  const conditioned = injected('ec2-cluster.yaml', '            Action: sts:AssumeRole\n', '            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n');
  assert.deepEqual(await summary(conditioned), ['ec2-trust-with-source-conditions InstanceRole ec2-cluster.yaml:10']);
  const bare = injected('ec2-cluster.yaml', '      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role\n', '');
  assert.deepEqual([...new Set((await diagnose([bare])).findings.map((f) => f.rule))], ['instance-role-ecs-agent']);
});

test('scheduled task: the scheduler role may pass only one role, trusts events instead of scheduler, or runs another family', async () => {
  const onePass = injected('scheduled-task.yaml', '                  - !GetAtt TaskExecutionRole.Arn\n', '');
  const findings = (await diagnose([onePass])).findings;
  assert.deepEqual(findings.map((f) => `${f.rule} ${f.role} ${f.roleType}`), ['pass-role-for-task SchedulerRole scheduler-role']);
  assert.match(findings[0].message.en, /iam:PassRole on arn:aws:iam::123456789012:role\/report-task-execution-role/);
  assert.match(findings[0].change ?? '', /iam:PassedToService: ecs-tasks\.amazonaws\.com/);
  const wrongTrust = injected('scheduled-task.yaml', 'Service: scheduler.amazonaws.com', 'Service: events.amazonaws.com');
  assert.deepEqual((await diagnose([wrongTrust])).findings.map((f) => `${f.rule} ${f.kind}`), ['trust-principal-mismatch wrong-principal']);
  const otherFamily = injected('scheduled-task.yaml', 'task-definition/nightly-report:*', 'task-definition/weekly-report:*');
  assert.deepEqual((await diagnose([otherFamily])).findings.map((f) => f.rule), ['target-role-run-task']);
});

test('Lambda with SQS and VPC: missing VPC and queue permissions; SAM-generated roles are read', async () => {
  const noVpc = injected('sam-sqs-vpc.yaml', '        - arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole\n', '');
  assert.deepEqual((await diagnose([noVpc])).findings.map((f) => `${f.rule} ${f.role}`), ['lambda-role-vpc ExecutionRole']);
  const noQueue = injected('sam-sqs-vpc.yaml', '                  - sqs:ReceiveMessage\n', '');
  const findings = (await diagnose([noQueue])).findings;
  assert.deepEqual(findings.map((f) => f.rule), ['lambda-role-event-source']);
  assert.deepEqual(findings[0].errorIds, ['lambda-esm-sqs-receivemessage', 'lambda-esm-stream-access']);
  const report = await diagnose([fixture('sam-sqs-vpc.yaml')]);
  assert.deepEqual(report.roles.find((r) => r.name === 'GeneratedRole')?.roleTypes, ['lambda-execution-role']);
});

test('Denies count: an explicit Deny on the queue is a missing permission', async () => {
  const denied = injected('sam-sqs-vpc.yaml', '                Resource: !GetAtt Queue.Arn\n', '                Resource: !GetAtt Queue.Arn\n              - Effect: Deny\n                Action: sqs:DeleteMessage\n                Resource: "*"\n');
  assert.deepEqual((await diagnose([denied])).findings.map((f) => f.rule), ['lambda-role-event-source']);
});

test('container image function: a repository policy without the Lambda statement', async () => {
  const withoutLambda = injected('image-function.yaml', 'Service: lambda.amazonaws.com', 'AWS: arn:aws:iam::111122223333:root');
  assert.deepEqual(await summary(withoutLambda), [`ecr-policy-lambda-pull Repository image-function.yaml:${lineOf(withoutLambda, 'RepositoryPolicyText')}`]);
  const unguarded = injected('image-function.yaml', '            Condition:\n              StringLike:\n                aws:sourceArn: !Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*\n', '');
  assert.deepEqual((await diagnose([unguarded])).findings.map((f) => `${f.rule}/${f.severity}`), ['ecr-policy-lambda-without-source-arn/warning']);
});

test('Terraform folder: file() is followed; a missing file is reported and the rest still diagnosed', async () => {
  const main = fixture('terraform-folder/main.tf');
  const containers = fixture('terraform-folder/containers.json');
  const both = await diagnose([main, containers]);
  assert.deepEqual(both.problems, []);
  assert.deepEqual(both.findings.map((f) => `${f.rule} ${f.role} ${f.file}:${f.line}`), ['execution-role-secrets aws_iam_role.execution terraform-folder/main.tf:1']);
  const alone = await diagnose([main]);
  assert.equal(alone.problems.length, 1);
  assert.equal(alone.problems[0].line, lineOf(main, 'file('));
  assert.match(alone.problems[0].message.en, /containers\.json/);
  assert.deepEqual(alone.roles.map((r) => `${r.name} ${r.roleTypes.join()}`), ['aws_iam_role.execution execution-role']);
});

test('task definition JSON in both CLI shapes; roles it only references are unknown, not guessed', async () => {
  const describe = fixture('task-definition-describe.json');
  const register = { name: 'register.json', text: JSON.stringify(JSON.parse(describe.text).taskDefinition, null, 2) };
  for (const input of [describe, register]) {
    const report = await diagnose([input]);
    assert.deepEqual(report.findings.map((f) => f.rule), ['same-role-task-and-execution'], input.name);
    assert.deepEqual(report.roles.map((r) => [r.known, r.roleTypes.sort().join()]), [[false, 'execution-role,task-role']]);
  }
});

test('a reader’s own account ID is read consistently and written back in messages', async () => {
  // A described task definition names only literal ARNs: its account is the reader's.
  const own = fixture('task-definition-describe.json');
  const findings = (await diagnose([{ name: own.name, text: own.text.replaceAll('123456789012', '999988887777') }])).findings;
  assert.deepEqual(findings.map((f) => f.rule), ['same-role-task-and-execution']);
  assert.match(findings[0].message.en, /arn:aws:iam::999988887777:role\/worker-task-role/);
  // Where the template names its own account with AWS::AccountId, a literal ID is another account: the image is
  // cross-account, its repository policy is not in the input, and the execution role's own side allows the pull.
  const cross = injected('scheduled-task.yaml', '123456789012.dkr.ecr', '444455556666.dkr.ecr');
  assert.deepEqual(await summary(cross), []);
  const report = await diagnose([cross]);
  assert.ok(report.roles.every((r) => r.known), 'the roles keep their own account');
});

test('unreadable input: one message with its line, never an exception', async () => {
  const report = await diagnose([{ name: 'broken.yaml', text: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n   Properties: [\n' }, { name: 'empty.json', text: '' }, { name: 'notes.yaml', text: 'hello: world\n' }]);
  assert.deepEqual(report.problems.map((p) => `${p.file}:${p.line}`), ['broken.yaml:4', 'empty.json:1', 'notes.yaml:1']);
  for (const p of report.problems) assert.ok(p.message.ja && p.message.en && !/\n\s+at /.test(p.message.en));
});

test('every rule names catalogue errors that exist, and every finding carries its rule’s data', async () => {
  const ids = new Set(ERROR_CATALOGUE.map((e) => e.id));
  for (const rule of DOCTOR_RULES) for (const id of rule.errorIds) assert.ok(ids.has(id), `${rule.id}: ${id}`);
});

test('CLI: text in the chosen language, JSON shape, exit codes', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/runDoctor.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  const clean = run('tests/fixtures/doctor/ec2-cluster.yaml');
  assert.equal(clean.status, 0, clean.stderr);
  const warn = run('tests/fixtures/doctor/task-definition-describe.json', '--format', 'json', '--lang', 'ja');
  assert.equal(warn.status, 0, 'warnings alone do not fail');
  const parsed = JSON.parse(warn.stdout) as { findings: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(parsed.findings[0]).sort(), ['errorIds', 'file', 'fix', 'kind', 'line', 'message', 'page', 'role', 'roleType', 'rule', 'severity'].sort());
  assert.match(String(parsed.findings[0].message), /タスクロール/);
  const failing = run('tests/fixtures/doctor/terraform-folder', '--lang', 'en');
  assert.equal(failing.status, 1);
  assert.match(failing.stdout, /^tests\/fixtures\/doctor\/terraform-folder\/main\.tf:1: \[execution-role-secrets\] error: /m);
  const wrong = run('--format', 'xml', 'x.yaml');
  assert.equal(wrong.status, 2);
  assert.doesNotMatch(wrong.stderr, /\n\s+at /);
});

test('every finding links to a page section that exists in both languages', async () => {
  const { readdirSync, existsSync } = await import('node:fs');
  const inputs: DoctorInput[] = [];
  for (const dir of readdirSync(join(ROOT, 'examples/mistakes'))) {
    const path = join(ROOT, 'examples/mistakes', dir, 'template.yaml');
    if (existsSync(path)) inputs.push({ name: path, text: readFileSync(path, 'utf8') });
  }
  // Trust mismatches for every role type, so each type's page is linked at least once.
  const scheduled = fixture('scheduled-task.yaml');
  for (const [from, to] of [['Service: scheduler.amazonaws.com', 'Service: events.amazonaws.com'], ['              Service: ecs-tasks.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n      ManagedPolicyArns', '              Service: ecs.amazonaws.com\n            Action: sts:AssumeRole\n      ManagedPolicyArns']] as const) {
    inputs.push({ name: `scheduled-${inputs.length}.yaml`, text: scheduled.text.replace(from, to) });
  }
  inputs.push({ name: 'ec2.yaml', text: fixture('ec2-cluster.yaml').text.replace('Service: ec2.amazonaws.com', 'Service: ecs-tasks.amazonaws.com') });
  inputs.push({ name: 'sam.yaml', text: fixture('sam-sqs-vpc.yaml').text.replace('Service: lambda.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n', 'Service: ecs-tasks.amazonaws.com\n            Action: sts:AssumeRole\n') });
  const pages = new Set<string>();
  for (const input of inputs) for (const f of (await diagnose([input])).findings) pages.add(f.page);
  assert.ok(pages.size >= 6, [...pages].join());
  for (const page of pages) {
    const [doc, anchor] = page.split('#');
    for (const dir of ['docs', 'i18n/en/docusaurus-plugin-content-docs/current']) {
      const text = readFileSync(join(ROOT, dir, `${doc}.mdx`), 'utf8');
      assert.ok(text.includes(`{/* #${anchor} */}`), `${dir}/${doc}.mdx has no #${anchor}`);
    }
  }
});
