import { accountOf, ask, identityPoliciesOf } from '../../simulation/askSimulator';
import { makeFinding, renderStatement } from '../makeFinding';
import type { DoctorFinding } from '../types';
import type { CheckContext } from './context';

/**
 * pass-role-for-task, for deployers and CI roles: a role that may pass one of
 * a task definition's two roles to ECS but not the other cannot register or
 * run that task definition. (Targets' roles are checked with their needs.)
 */
export async function checkPassRole(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  const serviceRoles = new Set(context.uses.map((u) => u.roleArn));
  for (const role of context.deployment.roles) {
    if (serviceRoles.has(role.arn) || role.incomplete) continue;
    const policies = identityPoliciesOf(role);
    if (!policies) continue;
    for (const td of context.deployment.taskDefinitions) {
      const pair = [td.taskRoleArn, td.executionRoleArn].filter((a): a is string => !!a);
      if (pair.length < 2 || pair[0] === pair[1]) continue;
      const allowed: boolean[] = [];
      for (const passed of pair) allowed.push((await ask({ principal: role.arn, action: 'iam:PassRole', resource: passed, resourceAccount: accountOf(passed), context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }, policies)).allowed);
      if (allowed.every(Boolean) || !allowed.some(Boolean)) continue;
      const missing = pair[allowed.indexOf(false)];
      const named = context.nameOf(missing) === missing ? missing : `${context.nameOf(missing)} (${missing})`;
      findings.push(
        makeFinding('pass-role-for-task', {
          at: role.identityPolicies.find((p) => JSON.stringify(p.policy).includes('PassRole'))?.position ?? role.position,
          role: role.name,
          roleType: 'passrole',
          message: { ja: `${role.name} は ${td.name} のロールの一方だけを iam:PassRole できます。${named} を渡せないため、タスク定義の登録やタスクの起動が AccessDenied になります。`, en: `${role.name} may iam:PassRole only one of ${td.name}'s roles: it cannot pass ${named}, so registering or running the task definition fails with AccessDenied.` },
          fix: { ja: `iam:PassRole の Resource に ${missing} を加えます。`, en: `Add ${missing} to the Resource of its iam:PassRole statement.` },
          change: renderStatement(context.formatOf.get(role.position.file ?? ''), { Effect: 'Allow', Action: ['iam:PassRole'], Resource: missing, Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } } }),
        }),
      );
    }
  }
  return findings;
}
