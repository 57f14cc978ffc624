import type { Localized } from '../../data/localized';
import type { RoleTypeId } from '../../data/roleTypes';
import type { Position } from '../findings';
import { EXAMPLE_ENVIRONMENT, type ContainerModel, type Deployment, type TaskDefinitionModel } from '../model/deployment';
import type { ContextValues } from '../simulation/askSimulator';
import { ecrImage, secretSource } from '../workloads/containerDefinitions';
import { taskDefinitionByArn } from './roleUses';

/** Actions a role must be allowed, derived from what uses it. */
export interface Need {
  /** The missing-permission rule that reports it. */
  rule: string;
  roleArn: string;
  roleType: RoleTypeId;
  actions: string[];
  resource: string;
  context?: ContextValues;
  /** What needs it, for the message. */
  purpose: Localized;
  /** Where the need comes from (the container, the target, the function). */
  position: Position;
  /** The other role of the same task, where a misplaced grant would be a wrong-role finding. */
  otherRoleArn?: string;
}

const { partition, region, accountId } = EXAMPLE_ENVIRONMENT;
const ECS_EXEC_ACTIONS = ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'];

/** Everything the deployment's task definitions, services, targets and functions need from their roles. */
export function needsOf(deployment: Deployment): Need[] {
  const needs: Need[] = [];
  for (const td of deployment.taskDefinitions) needs.push(...executionRoleNeeds(td));
  for (const service of deployment.services) {
    const td = taskDefinitionByArn(deployment, service.taskDefinitionArn);
    if (service.enableExecuteCommand && td?.taskRoleArn) {
      needs.push({ rule: 'task-role-ecs-exec', roleArn: td.taskRoleArn, roleType: 'task-role', actions: ECS_EXEC_ACTIONS, resource: '*', purpose: { ja: `${service.name} の ECS Exec (enableExecuteCommand)`, en: `ECS Exec (enableExecuteCommand) of ${service.name}` }, position: service.position, otherRoleArn: td.executionRoleArn });
    }
  }
  for (const target of deployment.eventTargets) {
    const td = taskDefinitionByArn(deployment, target.taskDefinitionArn);
    if (!target.roleArn) continue;
    const roleType: RoleTypeId = target.kind === 'events' ? 'events-role' : 'scheduler-role';
    const purpose = { ja: `${target.name} からのタスクの起動`, en: `running the task from ${target.name}` };
    if (target.taskDefinitionArn) {
      // Without a revision, ECS runs the latest one, and IAM sees that revision's ARN.
      const resource = /:\d+$/.test(target.taskDefinitionArn) ? target.taskDefinitionArn : `${target.taskDefinitionArn}:1`;
      needs.push({ rule: 'target-role-run-task', roleArn: target.roleArn, roleType, actions: ['ecs:RunTask'], resource, context: target.clusterArn ? { 'ecs:cluster': target.clusterArn } : undefined, purpose, position: target.position });
    }
    for (const passed of [td?.taskRoleArn, td?.executionRoleArn]) {
      if (passed) needs.push({ rule: 'pass-role-for-task', roleArn: target.roleArn, roleType, actions: ['iam:PassRole'], resource: passed, context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }, purpose, position: target.position });
    }
  }
  for (const fn of deployment.functions) {
    if (!fn.roleArn) continue;
    const base = { roleArn: fn.roleArn, roleType: 'lambda-execution-role' as const, position: fn.position };
    const logGroup = `arn:${partition}:logs:${region}:${accountId}:log-group:${fn.logGroup}`;
    needs.push({ ...base, rule: 'lambda-role-logs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resource: `${logGroup}:log-stream:2024/01/01/[$LATEST]0123456789abcdef`, purpose: { ja: `${fn.name} のログ`, en: `the logs of ${fn.name}` } });
    if (fn.vpc) needs.push({ ...base, rule: 'lambda-role-vpc', actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'], resource: '*', purpose: { ja: `${fn.name} の VPC 接続 (VpcConfig)`, en: `the VPC connection (VpcConfig) of ${fn.name}` } });
    if (fn.kmsKeyArn) needs.push({ ...base, rule: 'lambda-role-kms', actions: ['kms:Decrypt'], resource: fn.kmsKeyArn, purpose: { ja: `${fn.name} の環境変数の復号 (KmsKeyArn)`, en: `decrypting the environment variables of ${fn.name} (KmsKeyArn)` } });
    for (const esm of deployment.eventSourceMappings.filter((m) => m.functionArn === fn.arn || m.functionArn.endsWith(`:function:${fn.arn.split(':').pop()}`))) {
      const actions = eventSourceActions(esm.sourceArn);
      if (actions) needs.push({ ...base, rule: 'lambda-role-event-source', actions, resource: esm.sourceArn, position: esm.position, purpose: { ja: `イベントソースマッピング ${esm.name}`, en: `the event source mapping ${esm.name}` } });
    }
  }
  // The ECS agent on an instance registers with the cluster using the instance profile's role.
  const cluster = deployment.clusters[0];
  if (cluster) {
    for (const profile of deployment.instanceProfiles) {
      for (const roleArn of profile.roleArns) {
        const base = { rule: 'instance-role-ecs-agent', roleArn, roleType: 'instance-role' as const, position: profile.position, purpose: { ja: `${profile.name} を使う EC2 インスタンスの ECS エージェント`, en: `the ECS agent on instances with ${profile.name}` } };
        needs.push({ ...base, actions: ['ecs:RegisterContainerInstance'], resource: cluster.arn });
        needs.push({ ...base, actions: ['ecs:DiscoverPollEndpoint'], resource: '*' });
      }
    }
  }
  return needs;
}

// What the Lambda service calls with the execution role to poll each kind of source.
// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html#events-sqs-permissions
function eventSourceActions(sourceArn: string): string[] | undefined {
  if (/^arn:[^:]+:sqs:/.test(sourceArn)) return ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];
  if (/^arn:[^:]+:kinesis:/.test(sourceArn)) return ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListShards'];
  if (/^arn:[^:]+:dynamodb:.*\/stream\//.test(sourceArn)) return ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'];
  return undefined;
}

/** What the ECS agent fetches with the task execution role before the task starts. */
function executionRoleNeeds(td: TaskDefinitionModel): Need[] {
  const roleArn = td.executionRoleArn;
  if (!roleArn) return [];
  const needs: Need[] = [];
  const add = (rule: string, container: ContainerModel, actions: string[], resource: string, position: Position, what: Localized) =>
    needs.push({ rule, roleArn, roleType: 'execution-role', actions, resource, position, otherRoleArn: td.taskRoleArn, purpose: { ja: `${td.name} のコンテナ ${container.name} の${what.ja}`, en: `${what.en} of container ${container.name} in ${td.name}` } });
  for (const c of td.containers ?? []) {
    const ecr = c.image ? ecrImage(c.image) : undefined;
    if (ecr) {
      add('execution-role-ecr-pull', c, ['ecr:GetAuthorizationToken'], '*', c.position, { ja: 'イメージ', en: 'the image' });
      add('execution-role-ecr-pull', c, ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], ecr.repositoryArn, c.position, { ja: 'イメージ', en: 'the image' });
    }
    if (c.awslogs) {
      add('execution-role-awslogs', c, ['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:${partition}:logs:${region}:${accountId}:log-group:${c.awslogs.group}:log-stream:rolebook/${c.name}/0123456789abcdef`, c.awslogs.position, { ja: 'awslogs', en: 'awslogs' });
    }
    for (const s of c.secrets) {
      const source = secretSource(s.valueFrom);
      if (source.service === 'secretsmanager') {
        add('execution-role-secrets', c, ['secretsmanager:GetSecretValue'], fullSecretArn(source.arn), s.position, { ja: 'secrets', en: 'secrets' });
      } else {
        add('execution-role-secrets', c, ['ssm:GetParameters'], source.arn, s.position, { ja: 'secrets', en: 'secrets' });
      }
    }
    for (const f of c.environmentFiles) {
      add('execution-role-environment-files', c, ['s3:GetObject'], f.arn, f.position, { ja: 'environmentFiles', en: 'environmentFiles' });
      const bucket = /^(arn:[^:]+:s3:::[^/]+)/.exec(f.arn)?.[1];
      if (bucket) add('execution-role-environment-files', c, ['s3:GetBucketLocation'], bucket, f.position, { ja: 'environmentFiles', en: 'environmentFiles' });
    }
    if (c.repositoryCredentials) {
      add('execution-role-registry-credentials', c, ['secretsmanager:GetSecretValue'], fullSecretArn(c.repositoryCredentials.arn), c.repositoryCredentials.position, { ja: 'repositoryCredentials', en: 'repositoryCredentials' });
    }
  }
  return needs;
}

/** A partial secret ARN (no six-character suffix) still names a secret whose real ARN has one, which IAM sees. */
function fullSecretArn(arn: string): string {
  return /-[A-Za-z0-9]{6}$/.test(arn) ? arn : `${arn}-AbCdEf`;
}
