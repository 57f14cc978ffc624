import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { accountOf, governingResourcePolicy, identityPoliciesOf, unknownManagedPolicy } from '../simulation/askSimulator';
import type { Position } from '../findings';
import { EXAMPLE_ENVIRONMENT, roleArnOf, type Deployment, type ResourcePolicyModel, type RoleModel } from '../model/deployment';
import { isAssumeClaim, isIdentityClaim, isResourcePolicyClaim, type Claim } from './claim';

/** How one format names the example's roles and resource policies (key in the claims → name in the source). */
export interface NameMap {
  roles: Record<string, string | undefined>;
  resourcePolicies: Record<string, string | undefined>;
}

export interface ClaimResult {
  holds: boolean;
  /** What the simulator (or the reader) answered, in words. */
  answer: string;
  /** Why: the deciding statement, or that none matched. */
  why: string;
  /** Where in the source the claim's subject is written. */
  position?: Position;
  /** The identity policy the answer turned on, when there is one (its position is `position`). */
  policyName?: string;
}

/** Checks one claim against what one format would deploy. */
export async function evaluateClaim(deployment: Deployment, claim: Claim, names: NameMap): Promise<ClaimResult> {
  if (isAssumeClaim(claim) || isIdentityClaim(claim)) {
    const role = pick(deployment.roles, names.roles[claim.role]);
    if (!role) return missing('role', claim.role, names.roles[claim.role], deployment.roles.map((r) => r.name));
    if (isAssumeClaim(claim)) {
      if (role.trustPolicy === undefined) return { holds: false, answer: 'no trust policy', why: `${role.name} has no trust policy`, position: role.position };
      return simulate(
        {
          request: request(claim.assume.principal, 'sts:AssumeRole', role.arn, EXAMPLE_ENVIRONMENT.accountId, claim.assume.context),
          identityPolicies: [],
          resourcePolicy: role.trustPolicy,
        },
        claim.expect,
        role.position,
      );
    }
    const unknown = unknownManagedPolicy(role);
    if (unknown) return { holds: false, answer: 'unknown managed policy', why: `${unknown} is not in src/data/managedPolicies.ts, so it cannot be evaluated`, position: role.position };
    const identityPolicies = identityPoliciesOf(role) ?? [];
    const resourcePolicy = governingResourcePolicy(deployment, claim.resource);
    const result = await simulate({ request: request(role.arn, claim.action, claim.resource, accountOf(claim.resource), claim.context), identityPolicies, resourcePolicy }, claim.expect, role.position);
    // Point at the policy the answer turned on (the one that allowed it, or the one naming the action).
    const deciding = role.identityPolicies.find((p) => result.decidingPolicy === p.name) ?? (role.identityPolicies.length === 1 ? role.identityPolicies[0] : undefined);
    return deciding?.position ? { ...result, position: deciding.position, policyName: deciding.name } : result;
  }
  if (isResourcePolicyClaim(claim)) {
    const holder = pick(deployment.resourcePolicies, names.resourcePolicies[claim.resourcePolicy]);
    if (!holder) return missing('resource policy', claim.resourcePolicy, names.resourcePolicies[claim.resourcePolicy], deployment.resourcePolicies.map((r) => r.name));
    const resource = claim.resource ?? holder.resourceArn;
    const identityPolicies = claim.callerPolicy === undefined ? [] : [{ name: 'caller', policy: claim.callerPolicy }];
    return simulate({ request: request(claim.principal, claim.action, resource, accountOf(holder.resourceArn), claim.context), identityPolicies, resourcePolicy: holder.policy }, claim.expect, holder.position);
  }
  const definition = deployment.taskDefinitions[0];
  if (!definition) return { holds: false, answer: 'no task definition', why: 'this format defines no task definition' };
  const problems: string[] = [];
  for (const [key, label] of [['taskRole', 'taskRoleArn'], ['executionRole', 'executionRoleArn']] as const) {
    const expected = roleArnOf(claim.taskDefinition[key]);
    const actual = definition[key === 'taskRole' ? 'taskRoleArn' : 'executionRoleArn'];
    if (expected !== actual) problems.push(`${label} is ${actual ?? 'missing'}, expected ${expected ?? 'none'}`);
  }
  return problems.length === 0
    ? { holds: true, answer: 'wired', why: 'both roles are set as claimed', position: definition.position }
    : { holds: false, answer: 'wired differently', why: problems.join('; '), position: definition.position };
}

/** By name, or the only one when the format has just one. */
function pick<T extends RoleModel | ResourcePolicyModel>(items: T[], name: string | undefined): T | undefined {
  if (name !== undefined) return items.find((i) => i.name === name);
  return items.length === 1 ? items[0] : undefined;
}

function missing(kind: string, key: string, name: string | undefined, available: string[]): ClaimResult {
  return {
    holds: false,
    answer: `no such ${kind}`,
    why: name ? `no ${kind} named "${name}" (found: ${available.join(', ') || 'none'})` : `"${key}" has no name for this format and there is not exactly one ${kind} (found: ${available.join(', ') || 'none'})`,
  };
}

function request(principal: Simulation['request']['principal'], action: string, resource: string, accountId: string, context: Record<string, string | string[]> = {}): Simulation['request'] {
  return { principal, action, resource: { resource, accountId }, contextVariables: context };
}

interface StatementAnalysis {
  policyId?: string;
  statement: { Sid?: string } & Record<string, unknown>;
  actionMatch: boolean;
  resourceMatch: boolean;
  principalMatch?: string;
  conditionMatch: boolean | string;
  explain?: { identifier?: string; conditions?: { operator: string; conditionKeyValue: string; matches: boolean; failedBecauseMissing?: boolean }[] };
}
interface PolicyAnalysis {
  allowStatements: StatementAnalysis[];
  denyStatements: StatementAnalysis[];
  unmatchedStatements: StatementAnalysis[];
}

async function simulate(parts: Pick<Simulation, 'request' | 'identityPolicies'> & { resourcePolicy?: unknown }, expect: 'allow' | 'deny', position: Position): Promise<ClaimResult & { decidingPolicy?: string }> {
  const response = await runSimulation({ ...parts, serviceControlPolicies: [], resourceControlPolicies: [] } as Simulation, {});
  if (response.resultType === 'error') {
    return { holds: false, answer: 'simulation error', why: JSON.stringify(response.errors).slice(0, 300), position };
  }
  const answer = response.overallResult;
  const allowed = answer === 'Allowed';
  const analysis = (response as { result?: { analysis?: { identityAnalysis?: PolicyAnalysis; resourceAnalysis?: PolicyAnalysis } } }).result?.analysis;
  const identity = analysis?.identityAnalysis;
  const decidingPolicy = identity?.denyStatements[0]?.policyId ?? identity?.allowStatements[0]?.policyId ?? identity?.unmatchedStatements.find((s) => s.actionMatch)?.policyId;
  return { holds: allowed === (expect === 'allow'), answer, why: explain(analysis?.identityAnalysis, analysis?.resourceAnalysis, parts.request.action), position, decidingPolicy };
}

function explain(identity: PolicyAnalysis | undefined, resource: PolicyAnalysis | undefined, action: string): string {
  const all = [...(identity ? [['identity', identity] as const] : []), ...(resource ? [['resource', resource] as const] : [])];
  for (const [kind, a] of all) if (a.denyStatements.length > 0) return `denied by ${describe(a.denyStatements[0], kind)}`;
  const allows = all.flatMap(([kind, a]) => a.allowStatements.map((s) => describe(s, kind)));
  if (allows.length > 0) return `allowed by ${allows.join(' and ')}`;
  const near = all.flatMap(([kind, a]) => a.unmatchedStatements.filter((s) => s.actionMatch).map((s) => [kind, s] as const));
  if (near.length === 0) return `no statement allows ${action}`;
  return near
    .map(([kind, s]) => {
      const reasons: string[] = [];
      if (!s.resourceMatch) reasons.push('the resource does not match');
      if (s.principalMatch && s.principalMatch !== 'Match') reasons.push('the principal does not match');
      if (s.conditionMatch !== true && s.conditionMatch !== 'Match') {
        const failed = (s.explain?.conditions ?? []).filter((c) => !c.matches).map((c) => `${c.operator} ${c.conditionKeyValue}${c.failedBecauseMissing ? ' (key absent)' : ''}`);
        reasons.push(`condition ${failed.join(', ') || 'not met'}`);
      }
      return `${describe(s, kind)} does not apply: ${reasons.join('; ')}`;
    })
    .join('; ');
}

function describe(s: StatementAnalysis, kind: string): string {
  const id = s.explain?.identifier ?? '?';
  const sid = /^\d+$/.test(id) ? `#${id}` : `"${id}"`;
  return `statement ${sid} of ${s.policyId ? `policy ${s.policyId}` : `the ${kind} policy`}`;
}
