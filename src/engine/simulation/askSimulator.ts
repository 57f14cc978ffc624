import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { managedPolicyDocument } from '../../data/managedPolicies';
import { EXAMPLE_ENVIRONMENT, type Deployment, type RoleModel } from '../model/deployment';

/** The simulator's answer to one request, reduced to what the doctor needs. */
export interface Answer {
  allowed: boolean;
  /** Denied by an explicit Deny statement. */
  explicitDeny: boolean;
  /** For a trust policy: some Allow statement names the principal (it may still fail on a condition). */
  principalNamed: boolean;
}

export type ContextValues = Record<string, string | string[]>;

/** A role's identity policies as documents, AWS managed ones expanded; undefined when one is not in the offline data set. */
export function identityPoliciesOf(role: RoleModel): { name: string; policy: unknown }[] | undefined {
  if (unknownManagedPolicy(role) !== undefined) return undefined;
  return [...role.identityPolicies.map((p) => ({ name: p.name, policy: p.policy })), ...role.managedPolicyArns.map((arn) => ({ name: arn.split('/').pop() ?? arn, policy: managedPolicyDocument(arn) }))];
}

/** The first AWS managed policy of a role that the offline data set does not hold. */
export function unknownManagedPolicy(role: RoleModel): string | undefined {
  return role.managedPolicyArns.find((arn) => managedPolicyDocument(arn) === undefined);
}

/** Asks @cloud-copilot/iam-simulate whether `principal` may call `action` on `resource`. */
export async function ask(request: { principal: string; action: string; resource: string; resourceAccount: string; context?: ContextValues }, identityPolicies: { name: string; policy: unknown }[], resourcePolicy?: unknown): Promise<Answer> {
  const simulation = {
    request: { principal: request.principal, action: request.action, resource: { resource: request.resource, accountId: request.resourceAccount }, contextVariables: request.context ?? {} },
    identityPolicies,
    resourcePolicy,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  } as unknown as Simulation;
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') return { allowed: false, explicitDeny: false, principalNamed: false };
  const result = response.overallResult;
  const analysis = (response as { result?: { analysis?: { resourceAnalysis?: { allowStatements: unknown[]; unmatchedStatements: { principalMatch?: string; actionMatch?: boolean }[] } } } }).result?.analysis?.resourceAnalysis;
  const principalNamed = (analysis?.allowStatements.length ?? 0) > 0 || (analysis?.unmatchedStatements ?? []).some((s) => s.actionMatch === true && s.principalMatch === 'Match');
  return { allowed: result === 'Allowed', explicitDeny: result === 'ExplicitlyDenied', principalNamed };
}

/**
 * The resource policy that governs a request: one the deployment defines for
 * that resource, else, for a KMS key (which always has a key policy), the
 * default key policy AWS creates, which lets IAM policies in the account grant
 * access (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 */
export function governingResourcePolicy(deployment: Deployment, resourceArn: string): unknown {
  const own = deployment.resourcePolicies.find((p) => p.resourceArn === resourceArn);
  if (own) return own.policy;
  if (/^arn:[^:]+:kms:/.test(resourceArn)) {
    const account = accountOf(resourceArn);
    return {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
    };
  }
  return undefined;
}

/** The account an ARN names, or the example account for ARNs without one (S3, IAM-less). */
export function accountOf(arn: string): string {
  return /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1] ?? EXAMPLE_ENVIRONMENT.accountId;
}
