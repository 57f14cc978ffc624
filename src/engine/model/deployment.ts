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
  /** What uses the roles (read for the role doctor; claims ignore them). */
  services: ServiceModel[];
  eventTargets: EventTargetModel[];
  functions: FunctionModel[];
  eventSourceMappings: EventSourceMappingModel[];
  instanceProfiles: InstanceProfileModel[];
  clusters: { name: string; arn: string }[];
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
  /** Made by a tool, not written by the reader (the role SAM generates for a function): its trust policy is not theirs to fix. */
  generated?: boolean;
  /** Why some of its permissions cannot be known offline (a SAM policy template, a policy from outside the input). */
  incomplete?: string;
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
  /** `arn:aws:ecs:<region>:<account>:task-definition/<family>:1`, when known. */
  arn?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  /** `FARGATE`, `EC2`, `EXTERNAL`; empty when the template does not say. */
  compatibilities?: string[];
  networkMode?: string;
  containers?: ContainerModel[];
  position: Position;
  /** Where `ExecutionRoleArn` (or where it would go) and `TaskRoleArn` are written. */
  executionRolePosition?: Position;
  taskRolePosition?: Position;
}

/** What the ECS agent must fetch for one container, with the ARNs resolved. */
export interface ContainerModel {
  name: string;
  image?: string;
  position: Position;
  /** `awslogs` log group, when the container logs with the awslogs driver. */
  awslogs?: { group: string; createGroup: boolean; position: Position };
  /** `valueFrom` of each secret: a Secrets Manager ARN, or a Parameter Store ARN or name. */
  secrets: { valueFrom: string; position: Position }[];
  /** S3 object ARNs of `environmentFiles`. */
  environmentFiles: { arn: string; position: Position }[];
  /** `repositoryCredentials.credentialsParameter`: the secret holding private registry credentials. */
  repositoryCredentials?: { arn: string; position: Position };
}

export interface ServiceModel {
  name: string;
  taskDefinitionArn?: string;
  launchType?: string;
  enableExecuteCommand: boolean;
  position: Position;
}

/** An EventBridge rule target or an EventBridge Scheduler schedule that runs an ECS task. */
export interface EventTargetModel {
  name: string;
  kind: 'events' | 'scheduler';
  arn: string;
  roleArn?: string;
  /** The cluster the task runs in (the target's Arn). */
  clusterArn?: string;
  taskDefinitionArn?: string;
  position: Position;
}

export interface FunctionModel {
  name: string;
  arn: string;
  roleArn?: string;
  rolePosition?: Position;
  /** In a VPC: Lambda creates network interfaces with the execution role. */
  vpc: boolean;
  /** For `PackageType: Image`, the image URI. */
  imageUri?: string;
  /** Customer managed key for environment variables. */
  kmsKeyArn?: string;
  logGroup: string;
  position: Position;
}

export interface EventSourceMappingModel {
  name: string;
  functionArn: string;
  sourceArn: string;
  position: Position;
}

export interface InstanceProfileModel {
  name: string;
  roleArns: string[];
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
  return { roles: [], resourcePolicies: [], taskDefinitions: [], services: [], eventTargets: [], functions: [], eventSourceMappings: [], instanceProfiles: [], clusters: [] };
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
