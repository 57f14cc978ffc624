import type { Position } from '../findings';
import { isRecord } from '../isRecord';
import type { JsonPath } from '../jsonSource';
import { EXAMPLE_ENVIRONMENT, type RoleModel } from '../model/deployment';
import type { Resource } from './readDeployment';
import { resolveIntrinsics, type IntrinsicEnvironment } from './resolveIntrinsics';

const { partition, accountId } = EXAMPLE_ENVIRONMENT;
const managed = (name: string) => `arn:${partition}:iam::aws:policy/service-role/${name}`;

// What the SAM transform attaches to the role it generates for a function:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-role
const EVENT_POLICIES: Record<string, string> = {
  SQS: managed('AWSLambdaSQSQueueExecutionRole'),
  Kinesis: managed('AWSLambdaKinesisExecutionRole'),
  DynamoDB: managed('AWSLambdaDynamoDBExecutionRole'),
};

/**
 * The execution roles the SAM transform generates for `AWS::Serverless::Function`
 * resources that have no `Role`: named `<FunctionId>Role`, trusting Lambda, with
 * AWSLambdaBasicExecutionRole, the VPC policy when `VpcConfig` is set, the event
 * sources' policies, and the function's `Policies`. Registers their Ref/GetAtt.
 */
export function readSamFunctionRoles(resources: [string, Resource][], env: IntrinsicEnvironment, locate: (path: JsonPath) => Position): RoleModel[] {
  const roles: RoleModel[] = [];
  for (const [id, r] of resources) {
    if (r.Type !== 'AWS::Serverless::Function' || r.Properties.Role !== undefined) continue;
    const p = r.Properties;
    const name = `${id}Role`;
    const arn = `arn:${partition}:iam::${accountId}:role/${name}`;
    env.refs[name] = name;
    env.attributes[name] = { Arn: arn };
    const role: RoleModel = {
      name,
      arn,
      generated: true,
      trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
      identityPolicies: [],
      managedPolicyArns: [managed('AWSLambdaBasicExecutionRole')],
      position: locate(['Resources', id]),
    };
    if (p.VpcConfig !== undefined) role.managedPolicyArns.push(managed('AWSLambdaVPCAccessExecutionRole'));
    if (isRecord(p.Events)) {
      for (const event of Object.values(p.Events)) if (isRecord(event) && typeof event.Type === 'string' && EVENT_POLICIES[event.Type]) role.managedPolicyArns.push(EVENT_POLICIES[event.Type]);
    }
    const policies = typeof p.Policies === 'string' || isRecord(p.Policies) ? [p.Policies] : Array.isArray(p.Policies) ? p.Policies : [];
    policies.forEach((policy, i) => {
      const path: JsonPath = ['Resources', id, 'Properties', 'Policies', ...(Array.isArray(p.Policies) ? [i] : [])];
      const resolved = resolveIntrinsics(policy, env);
      if (typeof resolved === 'string') {
        // SAM accepts an AWS managed policy's name or any policy's ARN.
        role.managedPolicyArns.push(resolved.startsWith('arn:') ? resolved : `arn:${partition}:iam::aws:policy/${resolved}`);
      } else if (isRecord(resolved) && resolved.Statement !== undefined) {
        role.identityPolicies.push({ name: `${id}.Policies[${i}]`, policy: resolved, position: locate(path) });
      } else if (isRecord(resolved)) {
        const template = Object.keys(resolved)[0];
        const expanded = policyTemplate(template, resolved[template]);
        if (expanded) role.identityPolicies.push({ name: `${id}.Policies.${template}`, policy: expanded, position: locate(path) });
        else role.incomplete = `SAM policy template ${template} is not expanded offline`;
      }
    });
    roles.push(role);
  }
  return roles;
}

// The SAM policy templates for the queues and logs a function most often needs:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html
function policyTemplate(name: string, args: unknown): unknown {
  const a = isRecord(args) ? args : {};
  const region = EXAMPLE_ENVIRONMENT.region;
  if (name === 'SQSPollerPolicy' && typeof a.QueueName === 'string') {
    return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:ChangeMessageVisibility', 'sqs:ChangeMessageVisibilityBatch', 'sqs:DeleteMessage', 'sqs:DeleteMessageBatch', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'], Resource: `arn:${partition}:sqs:${region}:${accountId}:${a.QueueName}` }] };
  }
  if (name === 'SQSSendMessagePolicy' && typeof a.QueueName === 'string') {
    return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage*'], Resource: `arn:${partition}:sqs:${region}:${accountId}:${a.QueueName}` }] };
  }
  if (name === 'LambdaInvokePolicy' && typeof a.FunctionName === 'string') {
    return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: `arn:${partition}:lambda:${region}:${accountId}:function:${a.FunctionName}*` }] };
  }
  if (name === 'VPCAccessPolicy') {
    return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DetachNetworkInterface'], Resource: '*' }] };
  }
  return undefined;
}
