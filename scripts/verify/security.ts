import type { Finding, Position } from '../../src/engine/findings';
import { isRecord } from '../../src/engine/isRecord';
import type { Deployment } from '../../src/engine/model/deployment';
import { statementsOf } from '../../src/engine/policy/lintPolicyDocument';
import { conditionKeys, resourcePolicyUnguardedServices, SOURCE_KEYS, trustSourceProblems } from '../../src/engine/policy/confusedDeputy';
import { broadGrants, stringList as asList } from '../../src/engine/policy/leastPrivilege';

/** AWS's documented example account IDs: the only ones a snippet may contain. */
export const EXAMPLE_ACCOUNT_IDS = ['123456789012', '111122223333', '444455556666'];

// Conditions that narrow `Principal: "*"` to a known caller (an organization, an account, a VPC, a source).
const NARROWING_KEYS = [...SOURCE_KEYS, 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourcevpce', 'aws:sourcevpc', 'aws:sourceip'];

type Place = { file: string } & Position;

/** Security checks on what a recommended example deploys: least privilege and confused-deputy conditions. */
export async function checkDeploymentSecurity(deployment: Deployment, placeOf: (name: string, position: Position) => Place): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (place: Place, rule: string, message: string) => findings.push({ ...place, rule: `security/${rule}`, message });
  for (const role of deployment.roles) {
    const place = placeOf(role.name, role.position);
    for (const { service, problem } of trustSourceProblems(role.trustPolicy)) {
      if (problem === 'unguarded') add(place, 'confused-deputy', `${role.name} trusts ${service} without aws:SourceAccount or aws:SourceArn: add the conditions AWS documents for this principal`);
      else add(place, 'confused-deputy', `${role.name} trusts ${service} with aws:Source* conditions, which EC2 does not send: the instance could not assume the role`);
    }
    for (const policy of role.identityPolicies) findings.push(...(await checkLeastPrivilege(policy.policy, `${role.name} (${policy.name})`, place)));
  }
  for (const holder of deployment.resourcePolicies) {
    const place = placeOf(holder.name, holder.position);
    findings.push(...(await checkLeastPrivilege(holder.policy, holder.name, place, false)));
    for (const service of resourcePolicyUnguardedServices(holder.policy)) {
      add(place, 'confused-deputy', `${holder.name} lets ${service} in without an aws:SourceArn condition naming ${service === 'cloudfront.amazonaws.com' ? 'the distribution' : 'the functions'}`);
    }
    for (const { statement } of statementsOf(isRecord(holder.policy) ? holder.policy : {})) {
      if (statement.Effect !== 'Allow') continue;
      const keys = conditionKeys(statement.Condition);
      const anyone = statement.Principal === '*' || (isRecord(statement.Principal) && asList(statement.Principal.AWS).includes('*'));
      if (anyone && !keys.some((k) => NARROWING_KEYS.includes(k))) {
        add(place, 'public-resource-policy', `${holder.name} allows ${asList(statement.Action).join(', ') || 'its actions'} to Principal "*" with no condition that narrows who: anyone, signed in or not, may call it`);
      }
    }
  }
  return findings;
}

/** No `*` or `service:*` actions; `Resource: "*"` only for actions that have no resource-level permissions. */
async function checkLeastPrivilege(policy: unknown, owner: string, place: Place, checkResources = true): Promise<Finding[]> {
  return (await broadGrants(policy, checkResources)).map((g) =>
    g.kind === 'wildcard-action'
      ? { ...place, rule: 'security/wildcard-action', message: `${owner} allows "${g.action}": name the actions it needs` }
      : { ...place, rule: 'security/wildcard-resource', message: `${owner} allows ${g.action} on "*", but it supports resource-level permissions: name the resources` },
  );
}

/** Text checks on every snippet file: only documented example account IDs, nothing that looks like a credential. */
export function checkSnippetText(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/(?<![\d])\d{12}(?![\d])/g)) {
      if (!EXAMPLE_ACCOUNT_IDS.includes(m[0])) findings.push({ file, line: i + 1, column: (m.index ?? 0) + 1, rule: 'security/account-id', message: `"${m[0]}" looks like an account ID: use one of AWS's documented examples (${EXAMPLE_ACCOUNT_IDS.join(', ')})` });
    }
    for (const m of line.matchAll(/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g)) findings.push({ file, line: i + 1, column: (m.index ?? 0) + 1, rule: 'security/credential', message: 'this looks like an AWS access key ID: never publish credentials' });
    const secret = /aws_secret_access_key|secretAccessKey|AWS_SECRET_ACCESS_KEY/i.exec(line);
    if (secret && /[A-Za-z0-9/+]{40}/.test(line)) findings.push({ file, line: i + 1, column: secret.index + 1, rule: 'security/credential', message: 'this looks like a secret access key: never publish credentials' });
  });
  return findings;
}
