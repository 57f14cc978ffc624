import { locateText, type Position } from '../findings';
import { isRecord } from '../isRecord';
import { EXAMPLE_ENVIRONMENT, roleArnOf, UNRESOLVED, type Deployment } from '../model/deployment';
import { readContainerDefinitions } from '../workloads/containerDefinitions';
import type { TerraformReferences } from './resolveReferences';
import { configFileCalls } from './configFiles';
import { policyValue, type TerraformBlock } from './terraformPolicies';

const { partition, region, accountId } = EXAMPLE_ENVIRONMENT;

/** Reads a file a configuration names with `file()` / `templatefile()`; undefined when it is not there. */
export type ReadConfigFile = (path: string) => string | undefined;

/**
 * Reads what uses the roles of a Terraform configuration: task definitions'
 * containers, services, EventBridge targets and Scheduler schedules, Lambda
 * functions and their event sources, instance profiles and clusters.
 */
export async function readTerraformWorkloads(deployment: Deployment, blocks: TerraformBlock[], refs: TerraformReferences, text: string, readFile: ReadConfigFile = () => undefined): Promise<void> {
  const str = (v: unknown) => {
    const value = refs.resolve(v);
    return typeof value === 'string' && value !== '' && !value.includes(UNRESOLVED) ? value : undefined;
  };
  const roleRef = (v: unknown) => (v === undefined ? undefined : roleArnOf(String(refs.resolve(v))));
  const first = (v: unknown) => (Array.isArray(v) && isRecord(v[0]) ? v[0] : isRecord(v) ? v : undefined);
  const near = (b: TerraformBlock, needle: string): Position => locateText(text, needle, b.position.line) ?? b.position;

  for (const b of blocks) {
    if (b.mode !== 'resource') continue;
    const body = b.body;
    switch (b.type) {
      case 'aws_ecs_task_definition': {
        const model = deployment.taskDefinitions.find((t) => t.name === b.address);
        if (!model) break;
        model.arn = String(refs.resolveString(`\${${b.address}.arn}`));
        model.compatibilities = Array.isArray(body.requires_compatibilities) ? body.requires_compatibilities.map(String) : [];
        model.networkMode = str(body.network_mode);
        model.containers = readContainerDefinitions(refs.resolve(await containerDefinitions(body.container_definitions, readFile)), (i, ...path) => {
          const last = path.filter((p) => typeof p === 'string').pop();
          return last ? near(b, String(last)) : near(b, 'container_definitions');
        });
        model.executionRolePosition = body.execution_role_arn === undefined ? b.position : near(b, 'execution_role_arn');
        model.taskRolePosition = body.task_role_arn === undefined ? b.position : near(b, 'task_role_arn');
        break;
      }
      case 'aws_ecs_service':
        deployment.services.push({ name: b.address, taskDefinitionArn: str(body.task_definition), launchType: str(body.launch_type), enableExecuteCommand: refs.resolve(body.enable_execute_command) === true || refs.resolve(body.enable_execute_command) === 'true', position: b.position });
        break;
      case 'aws_ecs_cluster':
        deployment.clusters.push({ name: b.address, arn: String(refs.resolveString(`\${${b.address}.arn}`)) });
        break;
      case 'aws_cloudwatch_event_target': {
        const ecs = first(body.ecs_target);
        if (!ecs) break;
        const rule = str(body.rule) ?? b.name;
        deployment.eventTargets.push({ name: b.address, kind: 'events', arn: `arn:${partition}:events:${region}:${accountId}:rule/${rule}`, roleArn: roleRef(body.role_arn), clusterArn: str(body.arn), taskDefinitionArn: str(ecs.task_definition_arn), position: b.position });
        break;
      }
      case 'aws_scheduler_schedule': {
        const target = first(body.target);
        const ecs = target ? first(target.ecs_parameters) : undefined;
        if (!target || !ecs) break;
        deployment.eventTargets.push({ name: b.address, kind: 'scheduler', arn: String(refs.resolveString(`\${${b.address}.arn}`)), roleArn: roleRef(target.role_arn), clusterArn: str(target.arn), taskDefinitionArn: str(ecs.task_definition_arn), position: near(b, 'target') });
        break;
      }
      case 'aws_iam_instance_profile': {
        const role = roleRef(body.role);
        deployment.instanceProfiles.push({ name: b.address, roleArns: role ? [role] : [], position: b.position });
        break;
      }
      case 'aws_lambda_function': {
        const name = refs.nameOf(b.address, 'function_name');
        const vpc = first(body.vpc_config);
        const logging = first(body.logging_config);
        deployment.functions.push({
          name: b.address,
          arn: `arn:${partition}:lambda:${region}:${accountId}:function:${name}`,
          roleArn: roleRef(body.role),
          rolePosition: near(b, 'role'),
          vpc: !!vpc && vpc.subnet_ids !== undefined && !(Array.isArray(vpc.subnet_ids) && vpc.subnet_ids.length === 0),
          imageUri: str(body.image_uri),
          kmsKeyArn: str(body.kms_key_arn),
          logGroup: (logging && str(logging.log_group)) ?? `/aws/lambda/${name}`,
          position: b.position,
        });
        break;
      }
      case 'aws_lambda_event_source_mapping': {
        const fn = str(body.function_name);
        const sourceArn = str(body.event_source_arn);
        if (fn && sourceArn) deployment.eventSourceMappings.push({ name: b.address, functionArn: fn.startsWith('arn:') ? fn : `arn:${partition}:lambda:${region}:${accountId}:function:${fn}`, sourceArn, position: b.position });
        break;
      }
    }
  }
}

/** `container_definitions` as a list: jsonencode([...]), a JSON heredoc, or file("x.json"). */
async function containerDefinitions(raw: unknown, readFile: ReadConfigFile): Promise<unknown> {
  if (typeof raw === 'string') {
    // The whole value is the call (`${file("containers.json")}`), not a call somewhere inside an expression.
    const [named] = /^\$\{\s*(?:file|templatefile)\(/.test(raw.trim()) ? configFileCalls(raw) : [];
    if (named) {
      const content = readFile(named.path);
      if (content === undefined) return [];
      try {
        return JSON.parse(content);
      } catch {
        return [];
      }
    }
  }
  const value = await policyValue(raw);
  return Array.isArray(value) ? value : [];
}
