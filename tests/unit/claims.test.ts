import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluateClaim, type NameMap } from '../../src/engine/claims/evaluateClaim';
import type { Claim } from '../../src/engine/claims/claim';
import { isTemplateSyntaxError, parseTemplate } from '../../src/engine/cloudformation/parseTemplate';
import { readCloudFormationDeployment } from '../../src/engine/cloudformation/readDeployment';
import { isTerraformSyntaxError, parseTerraform } from '../../src/engine/terraform/parseTerraform';
import { readTerraformDeployment } from '../../src/engine/terraform/readDeployment';
import type { Deployment } from '../../src/engine/model/deployment';

const root = join(import.meta.dirname, '../..');
const none: NameMap = { roles: {}, resourcePolicies: {} };

async function terraform(path: string): Promise<Deployment> {
  const text = readFileSync(join(root, path), 'utf8');
  const config = await parseTerraform(path, text);
  assert.ok(!isTerraformSyntaxError(config));
  return readTerraformDeployment(config, text);
}

function cloudformation(path: string): Deployment {
  const parsed = parseTemplate(readFileSync(join(root, path), 'utf8'));
  assert.ok(!isTemplateSyntaxError(parsed));
  return readCloudFormationDeployment(parsed.value, parsed.locate);
}

const own = { 'aws:SourceAccount': '123456789012' };

test('Terraform: heredoc trust, jsonencode customer policy, managed policy and policy document are all read', async () => {
  const d = await terraform('tests/fixtures/claims/terraform-mixed.tf');
  assert.equal(d.roles.length, 1);
  assert.equal(d.roles[0].arn, 'arn:aws:iam::123456789012:role/my-app-task-role');
  const claims: [Claim, boolean][] = [
    [{ id: 'a', role: 'task', assume: { principal: 'ecs-tasks.amazonaws.com', context: own }, expect: 'allow' }, true],
    [{ id: 'b', role: 'task', assume: { principal: 'ecs-tasks.amazonaws.com', context: { 'aws:SourceAccount': '444455556666' } }, expect: 'allow' }, false],
    [{ id: 'c', role: 'task', action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:ap-northeast-1:123456789012:function:my-fn', expect: 'allow' }, true],
    [{ id: 'd', role: 'task', action: 'ecr:GetAuthorizationToken', resource: '*', expect: 'allow' }, true],
    [{ id: 'e', role: 'task', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', expect: 'deny' }, true],
    [{ id: 'f', resourcePolicy: 'repo', principal: 'lambda.amazonaws.com', action: 'ecr:BatchGetImage', context: { 'aws:SourceArn': 'arn:aws:lambda:ap-northeast-1:111122223333:function:f' }, expect: 'allow' }, true],
    [{ id: 'g', resourcePolicy: 'repo', principal: 'lambda.amazonaws.com', action: 'ecr:BatchGetImage', context: { 'aws:SourceArn': 'arn:aws:lambda:ap-northeast-1:444455556666:function:f' }, expect: 'allow' }, false],
  ];
  for (const [claim, holds] of claims) {
    const result = await evaluateClaim(d, claim, none);
    assert.equal(result.holds, holds, `${claim.id}: ${result.answer} ${result.why}`);
  }
});

test('a failing claim says what the simulator answered and why, pointing at the deciding policy', async () => {
  const d = await terraform('tests/fixtures/claims/terraform-mixed.tf');
  const result = await evaluateClaim(d, { id: 'x', role: 'task', action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:ap-northeast-1:123456789012:function:other', expect: 'allow' }, none);
  assert.equal(result.holds, false);
  assert.equal(result.answer, 'ImplicitlyDenied');
  assert.match(result.why, /does not apply: the resource does not match/);
  assert.equal(result.position?.line, 27);
  const trust = await evaluateClaim(d, { id: 'y', role: 'task', assume: { principal: 'ecs-tasks.amazonaws.com', context: { 'aws:SourceAccount': '444455556666' } }, expect: 'allow' }, none);
  assert.match(trust.why, /condition StringEquals aws:SourceAccount/);
});

test('CloudFormation: Ref, GetAtt and Sub resolve to the example account, and names select the role', async () => {
  const d = cloudformation('examples/mistakes/invoke-on-execution-role/template.yaml');
  assert.deepEqual(d.roles.map((r) => r.name).sort(), ['TaskExecutionRole', 'TaskRole']);
  const names: NameMap = { roles: { task: 'TaskRole', execution: 'TaskExecutionRole' }, resourcePolicies: {} };
  const fn = 'arn:aws:lambda:ap-northeast-1:123456789012:function:my-fn';
  assert.equal((await evaluateClaim(d, { id: 'a', role: 'execution', action: 'lambda:InvokeFunction', resource: fn, expect: 'allow' }, names)).holds, true);
  assert.equal((await evaluateClaim(d, { id: 'b', role: 'task', action: 'lambda:InvokeFunction', resource: fn, expect: 'allow' }, names)).holds, false);
  const ambiguous = await evaluateClaim(d, { id: 'c', role: 'task', action: 'lambda:InvokeFunction', resource: fn, expect: 'allow' }, none);
  assert.match(ambiguous.why, /not exactly one role/);
});

test('a task definition wiring claim compares both role ARNs', async () => {
  const d = cloudformation('examples/task-definition-two-roles/template.yaml');
  const good = await evaluateClaim(d, { id: 'w', taskDefinition: { taskRole: 'my-app-task-role', executionRole: 'arn:aws:iam::123456789012:role/my-app-task-execution-role' } }, none);
  assert.equal(good.holds, true, good.why);
  const swapped = await evaluateClaim(d, { id: 'w', taskDefinition: { taskRole: 'my-app-task-execution-role', executionRole: 'my-app-task-role' } }, none);
  assert.equal(swapped.holds, false);
  assert.match(swapped.why, /taskRoleArn is arn:aws:iam::123456789012:role\/my-app-task-role, expected/);
});

test('CloudFront: a distribution resolves to the example ID in CloudFormation and Terraform, so the OAC bucket policy names it', async () => {
  const object = 'arn:aws:s3:::rolebook-site-123456789012-ap-northeast-1/index.html';
  const read = (distribution: string) => ({ 'aws:SourceArn': `arn:aws:cloudfront::123456789012:distribution/${distribution}`, 'aws:SourceAccount': '123456789012', 'aws:SecureTransport': 'true' });
  for (const d of [cloudformation('examples/site-hosting-s3-cloudfront/template.yaml'), await terraform('examples/site-hosting-s3-cloudfront/main.tf')]) {
    const [policy] = d.resourcePolicies;
    assert.equal(policy.resourceArn, 'arn:aws:s3:::rolebook-site-123456789012-ap-northeast-1');
    const claim = (distribution: string, expect: 'allow' | 'deny'): Claim => ({ id: distribution, resourcePolicy: 'bucket', principal: 'cloudfront.amazonaws.com', action: 's3:GetObject', resource: object, context: read(distribution), expect });
    assert.equal((await evaluateClaim(d, claim('EDFDVBD6EXAMPLE', 'allow'), none)).holds, true);
    assert.equal((await evaluateClaim(d, claim('E2ANOTHEREXAMPLE', 'allow'), none)).holds, false);
  }
});

test('an anonymous request is denied by an OAC-only bucket policy and allowed by a public one', async () => {
  const anonymous: Claim = { id: 'anon', resourcePolicy: 'bucket', principal: { type: 'Anonymous' }, action: 's3:GetObject', resource: 'arn:aws:s3:::rolebook-site-123456789012-ap-northeast-1/index.html', expect: 'deny' };
  const good = await evaluateClaim(cloudformation('examples/site-hosting-s3-cloudfront/template.yaml'), anonymous, none);
  assert.equal(good.holds, true, good.why);
  const names: NameMap = { roles: {}, resourcePolicies: { bucket: 'SiteBucketPolicy' } };
  const mistake = await evaluateClaim(cloudformation('examples/mistakes/site-hosting-public-read/template.yaml'), anonymous, names);
  assert.equal(mistake.holds, false);
  assert.equal(mistake.answer, 'Allowed');
  assert.match(mistake.why, /statement "PublicRead"/);
});

test('Terraform: principals of type "*" with identifiers ["*"] render as Principal "*"', async () => {
  const d = await terraform('examples/site-hosting-s3-cloudfront/main.tf');
  const statements = (d.resourcePolicies[0].policy as { Statement: { Sid: string; Principal: unknown }[] }).Statement;
  assert.equal(statements.find((s) => s.Sid === 'DenyInsecureTransport')?.Principal, '*');
});
