import { isRecord } from '../isRecord';
import { emptyDeployment, EXAMPLE_ENVIRONMENT, roleArnOf, type Deployment, type RoleModel } from '../model/deployment';
import type { TerraformConfig } from './parseTerraform';
import { TerraformReferences } from './resolveReferences';
import { policyDocumentReference, policyDocumentToJson, policyValue, terraformBlocks, type TerraformBlock } from './terraformPolicies';
import type { Position } from '../findings';
import { readTerraformWorkloads, type ReadConfigFile } from './readWorkloads';

/** Reads the roles, resource policies and task definitions of a Terraform file, references resolved. */
export async function readTerraformDeployment(config: TerraformConfig, text: string, readFile?: ReadConfigFile): Promise<Deployment> {
  const deployment = emptyDeployment();
  const blocks = terraformBlocks(config, text);
  const refs = new TerraformReferences(config, blocks);
  const documents = new Map<string, unknown>();
  for (const b of blocks) if (b.mode === 'data' && b.type === 'aws_iam_policy_document') documents.set(b.address, policyDocumentToJson(b.body));

  // A policy attribute is heredoc JSON, jsonencode(...), or a data.aws_iam_policy_document reference.
  const policyOf = async (raw: unknown): Promise<unknown> => {
    const ref = policyDocumentReference(raw);
    return refs.resolve(ref ? documents.get(ref) : await policyValue(raw));
  };
  // Statements written in a data.aws_iam_policy_document block are pointed at there.
  const writtenAt = (raw: unknown, fallback: TerraformBlock) => {
    const ref = policyDocumentReference(raw);
    return (ref && blocks.find((b) => b.address === ref)?.position) || fallback.position;
  };

  const roles = new Map<string, RoleModel>();
  for (const b of blocks) {
    if (b.mode !== 'resource' || b.type !== 'aws_iam_role') continue;
    const role: RoleModel = {
      name: b.address,
      arn: String(refs.resolveString(`\${${b.address}.arn}`)),
      trustPolicy: await policyOf(b.body.assume_role_policy),
      identityPolicies: [],
      managedPolicyArns: Array.isArray(b.body.managed_policy_arns) ? (refs.resolve(b.body.managed_policy_arns) as unknown[]).map(String) : [],
      position: b.position,
    };
    if (Array.isArray(b.body.inline_policy)) {
      for (const inline of b.body.inline_policy) if (isRecord(inline)) role.identityPolicies.push({ name: String(refs.resolve(inline.name)), policy: await policyOf(inline.policy), position: writtenAt(inline.policy, b) });
    }
    roles.set(b.address, role);
  }
  const roleByRef = (value: unknown) => {
    const resolved = String(refs.resolve(value));
    return [...roles.values()].find((r) => r.arn === resolved || refs.nameOf(r.name) === resolved || r.arn.endsWith(`/${resolved}`));
  };
  const customerPolicies = new Map<string, { policy: unknown; position: Position }>();
  for (const b of blocks) if (b.mode === 'resource' && b.type === 'aws_iam_policy') customerPolicies.set(String(refs.resolveString(`\${${b.address}.arn}`)), { policy: await policyOf(b.body.policy), position: writtenAt(b.body.policy, b) });

  for (const b of blocks) {
    if (b.mode !== 'resource') continue;
    if (b.type === 'aws_iam_role_policy') roleByRef(b.body.role)?.identityPolicies.push({ name: b.address, policy: await policyOf(b.body.policy), position: writtenAt(b.body.policy, b) });
    if (b.type === 'aws_iam_role_policy_attachment') {
      const arn = String(refs.resolve(b.body.policy_arn));
      const role = roleByRef(b.body.role);
      const customer = customerPolicies.get(arn);
      if (customer) role?.identityPolicies.push({ name: b.address, ...customer });
      else role?.managedPolicyArns.push(arn);
    }
    if (b.type === 'aws_ecr_repository_policy') {
      const repository = String(refs.resolve(b.body.repository));
      const { accountId, region, partition } = EXAMPLE_ENVIRONMENT;
      deployment.resourcePolicies.push({ name: b.address, resourceArn: `arn:${partition}:ecr:${region}:${accountId}:repository/${repository}`, policy: await policyOf(b.body.policy), position: b.position });
    }
    if (b.type === 'aws_s3_bucket_policy') {
      deployment.resourcePolicies.push({ name: b.address, resourceArn: `arn:aws:s3:::${String(refs.resolve(b.body.bucket))}`, policy: await policyOf(b.body.policy), position: b.position });
    }
    if (b.type === 'aws_ecs_task_definition') {
      deployment.taskDefinitions.push({ name: b.address, taskRoleArn: roleArnOf(refs.resolve(b.body.task_role_arn)), executionRoleArn: roleArnOf(refs.resolve(b.body.execution_role_arn)), position: b.position });
    }
  }
  deployment.roles.push(...roles.values());
  await readTerraformWorkloads(deployment, blocks, refs, text, readFile);
  return deployment;
}
