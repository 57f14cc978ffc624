import type { RoleTypeId } from '../../data/roleTypes';
import type { Position } from '../findings';
import type { Deployment, TaskDefinitionModel } from '../model/deployment';

/** One thing that uses a role, and as what. */
export interface RoleUse {
  roleArn: string;
  roleType: RoleTypeId;
  /** The task definition, target, function or instance profile that names it. */
  by: string;
  position: Position;
}

/** Every use of every role ARN the deployment names, whether or not the role itself is in the input. */
export function roleUses(deployment: Deployment): RoleUse[] {
  const uses: RoleUse[] = [];
  const add = (roleArn: string | undefined, roleType: RoleTypeId, by: string, position: Position) => {
    if (roleArn) uses.push({ roleArn, roleType, by, position });
  };
  for (const td of deployment.taskDefinitions) {
    add(td.taskRoleArn, 'task-role', td.name, td.taskRolePosition ?? td.position);
    add(td.executionRoleArn, 'execution-role', td.name, td.executionRolePosition ?? td.position);
  }
  for (const t of deployment.eventTargets) add(t.roleArn, t.kind === 'events' ? 'events-role' : 'scheduler-role', t.name, t.position);
  for (const f of deployment.functions) add(f.roleArn, 'lambda-execution-role', f.name, f.rolePosition ?? f.position);
  for (const p of deployment.instanceProfiles) for (const arn of p.roleArns) add(arn, 'instance-role', p.name, p.position);
  return uses;
}

/** The task definition a service, target or schedule names (by ARN, with or without its revision). */
export function taskDefinitionByArn(deployment: Deployment, arn: string | undefined): TaskDefinitionModel | undefined {
  if (!arn) return undefined;
  return deployment.taskDefinitions.find((td) => td.arn === arn || (td.arn && td.arn.replace(/:\d+$/, '') === arn.replace(/:\d+$/, '')));
}

/** The launch type a task definition is run with: Fargate when it requires it or a service runs it there. */
export function runsOnFargate(deployment: Deployment, td: TaskDefinitionModel): boolean {
  if (td.compatibilities?.includes('FARGATE')) return true;
  return deployment.services.some((s) => s.launchType === 'FARGATE' && taskDefinitionByArn(deployment, s.taskDefinitionArn) === td);
}
