import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDeploymentSecurity } from '../../scripts/verify/security';
import { emptyDeployment, type Deployment } from '../../src/engine/model/deployment';

// Resource policies on S3 buckets: CloudFront's confused-deputy condition, and Principal "*".
const bucket = (...Statement: unknown[]): Deployment => ({
  ...emptyDeployment(),
  resourcePolicies: [{ name: 'SiteBucketPolicy', resourceArn: 'arn:aws:s3:::site', position: { line: 7, column: 3 }, policy: { Version: '2012-10-17', Statement } }],
});
const oac = (condition?: unknown) => ({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*', ...(condition ? { Condition: condition } : {}) });
const check = (d: Deployment) => checkDeploymentSecurity(d, (_, position) => ({ file: 'template.yaml', ...position }));

test('OAC read for one distribution, and a deny for plain HTTP to everyone, pass', async () => {
  const tlsOnly = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::site', 'arn:aws:s3:::site/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
  assert.deepEqual(await check(bucket(oac({ StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE' } }), tlsOnly)), []);
});

test('cloudfront.amazonaws.com without aws:SourceArn is a confused deputy: any distribution could read', async () => {
  const findings = await check(bucket(oac()));
  assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['template.yaml:7:3 security/confused-deputy']);
  assert.match(findings[0].message, /cloudfront\.amazonaws\.com in without an aws:SourceArn condition naming the distribution/);
  // aws:SourceAccount alone is not enough: every distribution of the account would pass.
  assert.deepEqual((await check(bucket(oac({ StringEquals: { 'aws:SourceAccount': '123456789012' } })))).map((f) => f.rule), ['security/confused-deputy']);
});

test('Principal "*" allowed without a narrowing condition is a public resource policy', async () => {
  for (const Principal of ['*', { AWS: '*' }, { AWS: ['*'] }]) {
    const findings = await check(bucket({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }));
    assert.deepEqual(findings.map((f) => f.rule), ['security/public-resource-policy'], JSON.stringify(Principal));
    assert.match(findings[0].message, /allows s3:GetObject to Principal "\*"/);
  }
  // Narrowed to an organization: not public.
  assert.deepEqual(await check(bucket({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } } })), []);
});
