import type { Position } from '../findings';
import { isRecord } from '../isRecord';
import type { JsonPath } from '../jsonSource';
import { EXAMPLE_ENVIRONMENT, roleArnOf, UNRESOLVED, type Deployment, type EventTargetModel } from '../model/deployment';
import { readContainerDefinitions } from '../workloads/containerDefinitions';
import type { Resource } from './readDeployment';
import { resolveIntrinsics, type IntrinsicEnvironment } from './resolveIntrinsics';

const { partition, region, accountId } = EXAMPLE_ENVIRONMENT;

/**
 * Reads what uses the template's roles: task definitions' containers, services,
 * EventBridge rule targets and Scheduler schedules, Lambda functions (plain and
 * SAM) and their event sources, instance profiles and clusters.
 */
export function readWorkloads(deployment: Deployment, resources: [string, Resource][], env: IntrinsicEnvironment, locate: (path: JsonPath) => Position, displayName: (id: string, r: Resource) => string): void {
  const resolve = (v: unknown) => resolveIntrinsics(v, env);
  // A role that is named but cannot be resolved (an import, a parameter without a default) stays visible as unknown.
  const roleRef = (v: unknown) => (v === undefined ? undefined : roleArnOf(String(resolve(v))));
  const text = (v: unknown) => {
    const value = resolve(v);
    return typeof value === 'string' && value !== '' && !value.includes(UNRESOLVED) ? value : undefined;
  };
  for (const [id, r] of resources) {
    const p = r.Properties;
    const at = (...path: JsonPath) => locate(['Resources', id, 'Properties', ...path]);
    switch (r.Type) {
      case 'AWS::ECS::TaskDefinition': {
        const model = deployment.taskDefinitions.find((t) => t.name === displayName(id, r));
        if (!model) break;
        model.arn = env.refs[id];
        model.compatibilities = Array.isArray(p.RequiresCompatibilities) ? p.RequiresCompatibilities.map(String) : [];
        model.networkMode = typeof p.NetworkMode === 'string' ? p.NetworkMode : undefined;
        model.containers = readContainerDefinitions(resolve(p.ContainerDefinitions), (i, ...path) => at('ContainerDefinitions', i, ...path));
        model.executionRolePosition = p.ExecutionRoleArn === undefined ? model.position : at('ExecutionRoleArn');
        model.taskRolePosition = p.TaskRoleArn === undefined ? model.position : at('TaskRoleArn');
        break;
      }
      case 'AWS::ECS::Service':
        deployment.services.push({ name: displayName(id, r), taskDefinitionArn: text(p.TaskDefinition), launchType: text(p.LaunchType), enableExecuteCommand: resolve(p.EnableExecuteCommand) === true || resolve(p.EnableExecuteCommand) === 'true', position: locate(['Resources', id]) });
        break;
      case 'AWS::ECS::Cluster':
        deployment.clusters.push({ name: displayName(id, r), arn: env.attributes[id]?.Arn ?? '' });
        break;
      case 'AWS::Events::Rule':
        if (Array.isArray(p.Targets)) {
          p.Targets.forEach((target, i) => {
            if (!isRecord(target) || !isRecord(target.EcsParameters)) return;
            deployment.eventTargets.push(ecsTarget('events', `${displayName(id, r)}.Targets[${i}]`, env.attributes[id]?.Arn ?? '', target, at('Targets', i), text, roleRef));
          });
        }
        break;
      case 'AWS::Scheduler::Schedule':
        if (isRecord(p.Target) && isRecord(p.Target.EcsParameters)) deployment.eventTargets.push(ecsTarget('scheduler', displayName(id, r), env.attributes[id]?.Arn ?? '', p.Target, at('Target'), text, roleRef));
        break;
      case 'AWS::IAM::InstanceProfile':
        deployment.instanceProfiles.push({ name: displayName(id, r), roleArns: (Array.isArray(p.Roles) ? p.Roles : []).map((ref) => roleArnOf(text(ref))).filter((a): a is string => !!a), position: locate(['Resources', id]) });
        break;
      case 'AWS::Lambda::Function':
      case 'AWS::Serverless::Function': {
        const name = env.refs[id];
        const arn = env.attributes[id]?.Arn ?? `arn:${partition}:lambda:${region}:${accountId}:function:${name}`;
        const sam = r.Type === 'AWS::Serverless::Function';
        const roleArn = p.Role === undefined && sam ? env.attributes[`${id}Role`]?.Arn : roleRef(p.Role);
        const logging = isRecord(p.LoggingConfig) ? text(p.LoggingConfig.LogGroup) : undefined;
        const imageUri = sam ? text(p.ImageUri) : isRecord(p.Code) ? text(p.Code.ImageUri) : undefined;
        deployment.functions.push({
          name: displayName(id, r),
          arn,
          roleArn,
          rolePosition: p.Role === undefined ? locate(['Resources', id]) : at('Role'),
          // Subnets are often a List<AWS::EC2::Subnet::Id> parameter: any SubnetIds but an empty list put the function in a VPC.
          vpc: isRecord(p.VpcConfig) && p.VpcConfig.SubnetIds !== undefined && !(Array.isArray(p.VpcConfig.SubnetIds) && p.VpcConfig.SubnetIds.length === 0),
          imageUri,
          kmsKeyArn: text(p.KmsKeyArn),
          logGroup: logging ?? `/aws/lambda/${name}`,
          position: locate(['Resources', id]),
        });
        if (sam && isRecord(p.Events)) {
          for (const [eventId, event] of Object.entries(p.Events)) {
            if (!isRecord(event) || !isRecord(event.Properties)) continue;
            const source = event.Type === 'SQS' ? event.Properties.Queue : event.Type === 'Kinesis' || event.Type === 'DynamoDB' ? event.Properties.Stream : undefined;
            const sourceArn = text(source);
            if (sourceArn) deployment.eventSourceMappings.push({ name: `${displayName(id, r)}.Events.${eventId}`, functionArn: arn, sourceArn, position: at('Events', eventId) });
          }
        }
        break;
      }
      case 'AWS::Lambda::EventSourceMapping': {
        const fn = text(p.FunctionName);
        const sourceArn = text(p.EventSourceArn);
        if (fn && sourceArn) deployment.eventSourceMappings.push({ name: displayName(id, r), functionArn: fn.startsWith('arn:') ? fn : `arn:${partition}:lambda:${region}:${accountId}:function:${fn}`, sourceArn, position: locate(['Resources', id]) });
        break;
      }
    }
  }
}

function ecsTarget(kind: 'events' | 'scheduler', name: string, arn: string, target: Record<string, unknown>, position: Position, text: (v: unknown) => string | undefined, roleRef: (v: unknown) => string | undefined): EventTargetModel {
  const ecs = target.EcsParameters as Record<string, unknown>;
  return { name, kind, arn, roleArn: roleRef(target.RoleArn), clusterArn: text(target.Arn), taskDefinitionArn: text(ecs.TaskDefinitionArn), position };
}
