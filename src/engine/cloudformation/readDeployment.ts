import type { Position } from '../findings';
import { isRecord } from '../isRecord';
import type { JsonPath } from '../jsonSource';
import { emptyDeployment, EXAMPLE_ENVIRONMENT, roleArnOf, UNRESOLVED, type Deployment, type RoleModel } from '../model/deployment';
import { exampleDistribution } from '../model/exampleDistribution';
import { resolveIntrinsics, type IntrinsicEnvironment } from './resolveIntrinsics';
import { readSamFunctionRoles } from './samFunctions';
import { readWorkloads } from './readWorkloads';

const { accountId, region, partition } = EXAMPLE_ENVIRONMENT;

export interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

/**
 * Reads the roles, resource policies and task definitions of a CloudFormation
 * template (or a CDK-synthesized one), with every intrinsic resolved to the
 * example environment. `locate` turns a template path into a line.
 */
export function readCloudFormationDeployment(template: unknown, locate: (path: JsonPath) => Position): Deployment {
  const deployment = emptyDeployment();
  if (!isRecord(template) || !isRecord(template.Resources)) return deployment;
  const resources = Object.entries(template.Resources).filter((e): e is [string, Resource] => isRecord(e[1]) && typeof e[1].Type === 'string').map(([id, r]) => [id, { ...r, Properties: isRecord(r.Properties) ? r.Properties : {} }] as [string, Resource]);
  const env = buildEnvironment(template, resources);
  const resolve = (v: unknown) => resolveIntrinsics(v, env);
  const displayName = (logicalId: string, resource: Resource) => cdkConstructName(resource) ?? logicalId;

  const roles = new Map<string, RoleModel>();
  for (const role of readSamFunctionRoles(resources, env, locate)) roles.set(role.name, role);
  for (const [id, r] of resources) {
    if (r.Type !== 'AWS::IAM::Role') continue;
    const p = r.Properties;
    const role: RoleModel = {
      name: displayName(id, r),
      arn: env.attributes[id].Arn,
      trustPolicy: resolve(p.AssumeRolePolicyDocument),
      identityPolicies: [],
      managedPolicyArns: [],
      position: locate(['Resources', id]),
    };
    if (Array.isArray(p.Policies)) {
      p.Policies.forEach((policy, i) => {
        if (isRecord(policy)) role.identityPolicies.push({ name: String(resolve(policy.PolicyName)), policy: resolve(policy.PolicyDocument), position: locate(['Resources', id, 'Properties', 'Policies', i, 'PolicyDocument']) });
      });
    }
    roles.set(id, role);
  }
  const roleByRef = (ref: unknown): RoleModel | undefined => {
    const name = String(resolve(ref));
    return [...roles.entries()].find(([id]) => env.refs[id] === name || env.attributes[id].Arn === name)?.[1];
  };
  const customerPolicies = new Map<string, unknown>();
  for (const [id, r] of resources) {
    const p = r.Properties;
    if (r.Type === 'AWS::IAM::ManagedPolicy') customerPolicies.set(env.refs[id], resolve(p.PolicyDocument));
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy' || r.Type === 'AWS::IAM::RolePolicy') {
      const targets = r.Type === 'AWS::IAM::RolePolicy' ? [p.RoleName] : Array.isArray(p.Roles) ? p.Roles : [];
      for (const target of targets) roleByRef(target)?.identityPolicies.push({ name: displayName(id, r), policy: resolve(p.PolicyDocument), position: locate(['Resources', id, 'Properties', 'PolicyDocument']) });
    }
  }
  for (const [id, r] of resources) {
    if (r.Type !== 'AWS::IAM::Role' || !Array.isArray(r.Properties.ManagedPolicyArns)) continue;
    const role = roles.get(id)!;
    for (const raw of r.Properties.ManagedPolicyArns) {
      const arn = String(resolve(raw));
      if (customerPolicies.has(arn)) continue; // attached through its Roles property, or below
      role.managedPolicyArns.push(arn);
    }
  }
  deployment.roles.push(...roles.values());

  for (const [id, r] of resources) {
    const p = r.Properties;
    if (r.Type === 'AWS::ECR::Repository' && p.RepositoryPolicyText !== undefined) {
      deployment.resourcePolicies.push({ name: displayName(id, r), resourceArn: env.attributes[id].Arn, policy: resolve(p.RepositoryPolicyText), position: locate(['Resources', id, 'Properties', 'RepositoryPolicyText']) });
    }
    if (r.Type === 'AWS::S3::BucketPolicy') {
      deployment.resourcePolicies.push({ name: displayName(id, r), resourceArn: `arn:${partition}:s3:::${String(resolve(p.Bucket))}`, policy: resolve(p.PolicyDocument), position: locate(['Resources', id]) });
    }
    if (r.Type === 'AWS::ECS::TaskDefinition') {
      deployment.taskDefinitions.push({
        name: displayName(id, r),
        taskRoleArn: roleArnOf(resolve(p.TaskRoleArn)),
        executionRoleArn: roleArnOf(resolve(p.ExecutionRoleArn)),
        position: locate(['Resources', id]),
      });
    }
  }
  readWorkloads(deployment, resources, env, locate, displayName);
  return deployment;
}

// CDK names resources `TaskRole30FC0FBB`; its metadata keeps the construct path `Stack/TaskRole/Resource`.
export function cdkConstructName(resource: Resource): string | undefined {
  const path = resource.Metadata?.['aws:cdk:path'];
  if (typeof path !== 'string') return undefined;
  const parts = path.split('/').slice(1);
  if (parts[parts.length - 1] === 'Resource') parts.pop();
  return parts.join('/');
}

export function buildEnvironment(template: Record<string, unknown>, resources: [string, Resource][]): IntrinsicEnvironment {
  const env: IntrinsicEnvironment = { refs: {}, attributes: {} };
  if (isRecord(template.Parameters)) {
    for (const [name, parameter] of Object.entries(template.Parameters)) {
      if (isRecord(parameter) && parameter.Default !== undefined) env.refs[name] = String(parameter.Default);
    }
  }
  // Physical names may use parameters, so they are resolved against the parameters first.
  const named = (r: Resource, key: string, fallback: string) => {
    const v = r.Properties[key] === undefined ? fallback : resolveIntrinsics(r.Properties[key], env);
    return typeof v === 'string' && v !== UNRESOLVED ? v : fallback;
  };
  for (const [id, r] of resources) {
    let ref = id;
    let attributes: Record<string, string> = {};
    switch (r.Type) {
      case 'AWS::IAM::Role': {
        ref = named(r, 'RoleName', id);
        const path = typeof r.Properties.Path === 'string' ? r.Properties.Path : '/';
        attributes = { Arn: `arn:${partition}:iam::${accountId}:role${path}${ref}`, RoleId: `AROA${id.toUpperCase()}` };
        break;
      }
      case 'AWS::IAM::ManagedPolicy':
        ref = `arn:${partition}:iam::${accountId}:policy/${named(r, 'ManagedPolicyName', id)}`;
        break;
      case 'AWS::IAM::InstanceProfile':
        ref = named(r, 'InstanceProfileName', id);
        attributes = { Arn: `arn:${partition}:iam::${accountId}:instance-profile/${ref}` };
        break;
      case 'AWS::ECR::Repository':
        ref = named(r, 'RepositoryName', id.toLowerCase());
        attributes = { Arn: `arn:${partition}:ecr:${region}:${accountId}:repository/${ref}`, RepositoryUri: `${accountId}.dkr.ecr.${region}.amazonaws.com/${ref}` };
        break;
      case 'AWS::S3::Bucket':
        ref = named(r, 'BucketName', id.toLowerCase());
        attributes = { Arn: `arn:${partition}:s3:::${ref}` };
        break;
      case 'AWS::Logs::LogGroup':
        ref = named(r, 'LogGroupName', id);
        attributes = { Arn: `arn:${partition}:logs:${region}:${accountId}:log-group:${ref}:*` };
        break;
      case 'AWS::Lambda::Function':
      case 'AWS::Serverless::Function':
        ref = named(r, 'FunctionName', id);
        attributes = { Arn: `arn:${partition}:lambda:${region}:${accountId}:function:${ref}` };
        break;
      case 'AWS::ECS::Cluster':
        ref = named(r, 'ClusterName', id);
        attributes = { Arn: `arn:${partition}:ecs:${region}:${accountId}:cluster/${ref}` };
        break;
      case 'AWS::ECS::TaskDefinition':
        ref = `arn:${partition}:ecs:${region}:${accountId}:task-definition/${named(r, 'Family', id)}:1`;
        break;
      case 'AWS::Events::Rule':
        ref = named(r, 'Name', id);
        attributes = { Arn: `arn:${partition}:events:${region}:${accountId}:rule/${ref}` };
        break;
      case 'AWS::CloudFront::Distribution': {
        const n = resources.slice(0, resources.findIndex(([other]) => other === id)).filter(([, other]) => other.Type === r.Type).length;
        const distribution = exampleDistribution(n);
        ref = distribution.id;
        attributes = { Id: ref, DomainName: distribution.domainName };
        break;
      }
      case 'AWS::CloudFront::OriginAccessControl':
        ref = 'E2QWRUHAPOMQZL';
        attributes = { Id: ref };
        break;
      case 'AWS::KMS::Key':
        ref = '1234abcd-12ab-34cd-56ef-1234567890ab';
        attributes = { Arn: `arn:${partition}:kms:${region}:${accountId}:key/${ref}` };
        break;
      case 'AWS::SQS::Queue': {
        const name = named(r, 'QueueName', id);
        ref = `https://sqs.${region}.amazonaws.com/${accountId}/${name}`;
        attributes = { Arn: `arn:${partition}:sqs:${region}:${accountId}:${name}`, QueueName: name, QueueUrl: ref };
        break;
      }
      case 'AWS::Kinesis::Stream':
        ref = named(r, 'Name', id);
        attributes = { Arn: `arn:${partition}:kinesis:${region}:${accountId}:stream/${ref}` };
        break;
      case 'AWS::DynamoDB::Table':
        ref = named(r, 'TableName', id);
        attributes = { Arn: `arn:${partition}:dynamodb:${region}:${accountId}:table/${ref}`, StreamArn: `arn:${partition}:dynamodb:${region}:${accountId}:table/${ref}/stream/2024-01-01T00:00:00.000` };
        break;
      case 'AWS::SecretsManager::Secret':
        // A secret's ARN ends in six random characters that no template can know.
        ref = `arn:${partition}:secretsmanager:${region}:${accountId}:secret:${named(r, 'Name', id)}-AbCdEf`;
        attributes = { Id: ref };
        break;
      case 'AWS::SSM::Parameter':
        ref = named(r, 'Name', id);
        break;
      case 'AWS::Scheduler::Schedule':
        ref = named(r, 'Name', id);
        attributes = { Arn: `arn:${partition}:scheduler:${region}:${accountId}:schedule/${named(r, 'GroupName', 'default')}/${ref}` };
        break;
      case 'AWS::ECS::Service':
        ref = `arn:${partition}:ecs:${region}:${accountId}:service/${named(r, 'ServiceName', id)}`;
        attributes = { Name: named(r, 'ServiceName', id), ServiceArn: ref };
        break;
    }
    env.refs[id] = ref;
    env.attributes[id] = attributes;
  }
  return env;
}
