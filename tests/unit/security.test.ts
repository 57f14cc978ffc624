import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDeploymentSecurity, checkSnippetText } from '../../scripts/verify/security';
import { emptyDeployment, type Deployment } from '../../src/engine/model/deployment';

const place = (name: string) => ({ file: `${name}.json`, line: 1, column: 1 });
const role = (trust: unknown, policy?: unknown): Deployment => ({
  ...emptyDeployment(),
  roles: [{ name: 'r', arn: 'arn:aws:iam::123456789012:role/r', trustPolicy: trust, identityPolicies: policy ? [{ name: 'p', policy }] : [], managedPolicyArns: [], position: { line: 1, column: 1 } }],
  resourcePolicies: [],
  taskDefinitions: [],
});
const trust = (service: string, condition?: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }] });
const allow = (Action: unknown, Resource: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });
const rules = async (d: Deployment) => (await checkDeploymentSecurity(d, (name) => place(name))).map((f) => f.rule);

test('a least-privilege role with the confused-deputy condition passes', async () => {
  assert.deepEqual(await rules(role(trust('ecs-tasks.amazonaws.com', { StringEquals: { 'aws:SourceAccount': '123456789012' } }), allow('ecr:GetAuthorizationToken', '*'))), []);
});

test('a service trust policy without aws:SourceAccount or aws:SourceArn is reported', async () => {
  for (const service of ['ecs-tasks.amazonaws.com', 'events.amazonaws.com', 'scheduler.amazonaws.com', 'lambda.amazonaws.com']) {
    assert.deepEqual(await rules(role(trust(service))), ['security/confused-deputy'], service);
  }
});

test('EC2 must not carry aws:Source* conditions, and needs none', async () => {
  assert.deepEqual(await rules(role(trust('ec2.amazonaws.com'))), []);
  assert.deepEqual(await rules(role(trust('ec2.amazonaws.com', { StringEquals: { 'aws:SourceAccount': '123456789012' } }))), ['security/confused-deputy']);
});

test('wildcard actions, and "*" resources for actions that support resource-level permissions', async () => {
  const t = trust('ecs-tasks.amazonaws.com', { StringEquals: { 'aws:SourceAccount': '123456789012' } });
  assert.deepEqual(await rules(role(t, allow('*', '*'))), ['security/wildcard-action']);
  assert.deepEqual(await rules(role(t, allow('s3:*', 'arn:aws:s3:::b/*'))), ['security/wildcard-action']);
  assert.deepEqual(await rules(role(t, allow('lambda:InvokeFunction', '*'))), ['security/wildcard-resource']);
  assert.deepEqual(await rules(role(t, allow(['ssmmessages:CreateControlChannel', 'ssmmessages:OpenDataChannel'], '*'))), []);
});

test('an ECR repository policy for lambda.amazonaws.com needs aws:SourceArn', async () => {
  const d: Deployment = {
    ...emptyDeployment(),
    roles: [],
    taskDefinitions: [],
    resourcePolicies: [{ name: 'repo', resourceArn: 'arn:aws:ecr:ap-northeast-1:123456789012:repository/x', position: { line: 1, column: 1 }, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: ['ecr:BatchGetImage'] }] } }],
  };
  assert.deepEqual(await rules(d), ['security/confused-deputy']);
});

test('only documented example account IDs, and no credentials, in snippet text', () => {
  assert.deepEqual(checkSnippetText('a.yaml', 'Account: 123456789012\nOther: 111122223333\nKey: 1234abcd-12ab-34cd-56ef-1234567890ab\n'), []);
  const findings = checkSnippetText('a.yaml', 'x: 1\nAccount: 210987654321\nkey: AKIAIOSFODNN7EXAMPLE\n');
  assert.deepEqual(findings.map((f) => [f.rule, f.line]), [['security/account-id', 2], ['security/credential', 3]]);
});
