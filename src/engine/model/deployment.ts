import type { Position } from '../findings';

/**
 * What a template would deploy, reduced to what IAM evaluation needs. Every
 * reader (CloudFormation, Terraform, CDK output, plain JSON) produces this, so
 * claims and, later, the role doctor ask the same questions of every format.
 */
export interface Deployment {
  roles: RoleModel[];
  resourcePolicies: ResourcePolicyModel[];
  taskDefinitions: TaskDefinitionModel[];
}

export interface RoleModel {
  /** How the source names it: CloudFormation logical ID, Terraform address, CDK construct id, or a JSON file. */
  name: string;
  arn: string;
  trustPolicy?: unknown;
  /** Inline and customer managed policies, as documents, with where each is written. */
  identityPolicies: { name: string; policy: unknown; position?: Position }[];
  /** AWS managed policies attached by ARN; expanded from src/data/managedPolicies.ts when evaluated. */
  managedPolicyArns: string[];
  position: Position;
}

export interface ResourcePolicyModel {
  name: string;
  /** The resource that holds the policy (for an ECR repository policy, the repository's ARN). */
  resourceArn: string;
  policy: unknown;
  position: Position;
}

export interface TaskDefinitionModel {
  name: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  position: Position;
}

/** Marks a value a reader could not work out; it never matches a real ARN. */
export const UNRESOLVED = '<unresolved>';

/** ECS accepts a role's name or its ARN; claims compare ARNs. */
export function roleArnOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.startsWith('arn:') ? value : `arn:${EXAMPLE_ENVIRONMENT.partition}:iam::${EXAMPLE_ENVIRONMENT.accountId}:role/${value}`;
}

export function emptyDeployment(): Deployment {
  return { roles: [], resourcePolicies: [], taskDefinitions: [] };
}

/**
 * The fixed values that stand for "your account" when a template is read:
 * AWS's documented example account and the Tokyo Region, since Rolebook's
 * readers are mostly there.
 */
export const EXAMPLE_ENVIRONMENT = {
  accountId: '123456789012',
  region: 'ap-northeast-1',
  partition: 'aws',
  stackName: 'rolebook-example',
} as const;
