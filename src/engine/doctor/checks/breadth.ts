import { broadGrants } from '../../policy/leastPrivilege';
import { makeFinding, type FindingFacts } from '../makeFinding';
import type { DoctorFinding } from '../types';
import type { CheckContext } from './context';

/** too-broad: `*` actions, `Resource: "*"` where resource-level permissions exist, iam:PassRole on any role. AWS managed policies are not the reader's to narrow. */
export async function checkBreadth(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  for (const role of context.deployment.roles) {
    if (role.generated && role.identityPolicies.length === 0) continue;
    for (const policy of role.identityPolicies) {
      for (const grant of await broadGrants(policy.policy)) {
        const facts: FindingFacts = { at: policy.position ?? role.position, role: role.name, roleType: context.roleTypeOf(role), message: { ja: '', en: '' }, fix: { ja: '', en: '' } };
        if (grant.kind === 'wildcard-action') {
          findings.push(makeFinding('wildcard-action', { ...facts, message: { ja: `${role.name} のポリシー ${policy.name} が "${grant.action}" を許可しています。`, en: `Policy ${policy.name} of ${role.name} allows "${grant.action}".` }, fix: { ja: 'ロールが呼ぶアクションだけを列挙します。', en: 'List only the actions the role calls.' } }));
        } else if (grant.action.toLowerCase() === 'iam:passrole') {
          findings.push(makeFinding('pass-role-any-role', { ...facts, message: { ja: `${role.name} のポリシー ${policy.name} が、すべてのロールへの iam:PassRole を許可しています。`, en: `Policy ${policy.name} of ${role.name} allows iam:PassRole on every role.` }, fix: { ja: '渡すロールの ARN を Resource に書き、iam:PassedToService の条件を付けます。', en: 'Name the roles it passes in Resource and add an iam:PassedToService condition.' } }));
        } else {
          findings.push(makeFinding('wildcard-resource', { ...facts, message: { ja: `${role.name} のポリシー ${policy.name} が ${grant.action} を Resource "*" で許可していますが、このアクションはリソースを指定できます。`, en: `Policy ${policy.name} of ${role.name} allows ${grant.action} on "*", but the action supports resource-level permissions.` }, fix: { ja: '対象のリソースの ARN を Resource に書きます。', en: 'Name the resources’ ARNs in Resource.' } }));
        }
      }
    }
  }
  return findings;
}
