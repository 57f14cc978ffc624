import type { Position } from '../findings';
import { isRecord } from '../isRecord';
import { emptyDeployment, EXAMPLE_ENVIRONMENT, roleArnOf, type Deployment, type RoleModel } from '../model/deployment';

/** One JSON document and what it is: a role's trust or permissions policy, a resource policy, or a task definition. */
export type JsonDocument =
  | { kind: 'trust' | 'identity'; role: string; name: string; document: unknown; position: Position }
  | { kind: 'resource'; resource: string; resourceArn: string; name: string; document: unknown; position: Position }
  | { kind: 'task-definition'; name: string; document: unknown; position: Position };

/** Assembles plain JSON documents into a deployment: documents for the same role key make one role. */
export function readJsonDeployment(documents: JsonDocument[]): Deployment {
  const deployment = emptyDeployment();
  const roles = new Map<string, RoleModel>();
  for (const d of documents) {
    if (d.kind === 'trust' || d.kind === 'identity') {
      const role = roles.get(d.role) ?? { name: d.role, arn: `arn:aws:iam::${EXAMPLE_ENVIRONMENT.accountId}:role/${d.role}`, identityPolicies: [], managedPolicyArns: [], position: d.position };
      if (d.kind === 'trust') {
        role.trustPolicy = d.document;
        role.position = d.position;
      } else {
        role.identityPolicies.push({ name: d.name, policy: d.document, position: d.position });
      }
      roles.set(d.role, role);
    } else if (d.kind === 'resource') {
      deployment.resourcePolicies.push({ name: d.resource, resourceArn: d.resourceArn, policy: d.document, position: d.position });
    } else {
      // register-task-definition input, or describe-task-definition output ({ "taskDefinition": {...} }).
      const body = isRecord(d.document) && isRecord(d.document.taskDefinition) ? d.document.taskDefinition : d.document;
      if (isRecord(body)) deployment.taskDefinitions.push({ name: d.name, taskRoleArn: roleArnOf(body.taskRoleArn), executionRoleArn: roleArnOf(body.executionRoleArn), position: d.position });
    }
  }
  deployment.roles.push(...roles.values());
  return deployment;
}
