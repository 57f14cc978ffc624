import { isRecord } from '../isRecord';
import type { JsonSource } from '../jsonSource';
import { emptyDeployment, EXAMPLE_ENVIRONMENT, roleArnOf, type Deployment } from '../model/deployment';
import { readContainerDefinitions } from './containerDefinitions';

/**
 * Reads an ECS task definition JSON file in either shape the AWS CLI uses: the
 * `register-task-definition --cli-input-json` input, or the
 * `describe-task-definition` output (`{ "taskDefinition": { ... } }`).
 */
export function isTaskDefinitionJson(value: unknown): boolean {
  const body = isRecord(value) && isRecord(value.taskDefinition) ? value.taskDefinition : value;
  return isRecord(body) && Array.isArray(body.containerDefinitions);
}

export function readTaskDefinitionJson(name: string, source: JsonSource): Deployment {
  const deployment = emptyDeployment();
  const wrapped = isRecord(source.value) && isRecord(source.value.taskDefinition);
  const body = (wrapped ? (source.value as Record<string, unknown>).taskDefinition : source.value) as Record<string, unknown>;
  const base = wrapped ? ['taskDefinition'] : [];
  const at = (...path: (string | number)[]) => source.locate([...base, ...path]);
  const family = typeof body.family === 'string' ? body.family : name;
  const { partition, region, accountId } = EXAMPLE_ENVIRONMENT;
  deployment.taskDefinitions.push({
    name: family,
    arn: typeof body.taskDefinitionArn === 'string' ? body.taskDefinitionArn : `arn:${partition}:ecs:${region}:${accountId}:task-definition/${family}:1`,
    taskRoleArn: roleArnOf(body.taskRoleArn),
    executionRoleArn: roleArnOf(body.executionRoleArn),
    compatibilities: Array.isArray(body.requiresCompatibilities) ? body.requiresCompatibilities.map(String) : Array.isArray(body.compatibilities) ? body.compatibilities.map(String) : [],
    networkMode: typeof body.networkMode === 'string' ? body.networkMode : undefined,
    containers: readContainerDefinitions(body.containerDefinitions, (i, ...path) => at('containerDefinitions', i, ...path)),
    position: at('family'),
    executionRolePosition: at(body.executionRoleArn === undefined ? 'family' : 'executionRoleArn'),
    taskRolePosition: at(body.taskRoleArn === undefined ? 'family' : 'taskRoleArn'),
  });
  return deployment;
}
