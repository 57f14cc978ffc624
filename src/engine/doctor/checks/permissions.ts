import { accountOf, ask, governingResourcePolicy, identityPoliciesOf } from '../../simulation/askSimulator';
import type { RoleModel } from '../../model/deployment';
import { stringList } from '../../policy/leastPrivilege';
import { statementsOf } from '../../policy/lintPolicyDocument';
import { isRecord } from '../../isRecord';
import { makeFinding, renderStatement } from '../makeFinding';
import { needsOf, type Need } from '../needs';
import type { DoctorFinding } from '../types';
import type { CheckContext } from './context';

/** Which of a need's actions a role's policies do not allow, asked of the IAM simulator. */
async function deniedActions(context: CheckContext, role: RoleModel, need: Need): Promise<string[] | undefined> {
  const policies = identityPoliciesOf(role);
  if (!policies || role.incomplete) return undefined; // not knowable offline: say nothing rather than guess
  const resourcePolicy = governingResourcePolicy(context.deployment, need.resource);
  // A resource in another account whose policy is not in the input: only the role's own side can be judged.
  const resourceAccount = resourcePolicy === undefined ? accountOf(role.arn) : accountOf(need.resource);
  const denied: string[] = [];
  for (const action of need.actions) {
    const answer = await ask({ principal: role.arn, action, resource: need.resource, resourceAccount, context: need.context }, policies, resourcePolicy);
    if (!answer.allowed) denied.push(action);
  }
  return denied;
}

/**
 * missing-permission and agent-permission-on-task-role: each need of each role
 * is asked of the simulator; a denied need that the task's other role holds is
 * on the wrong role, otherwise it is missing.
 */
export async function checkPermissions(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  for (const need of needsOf(context.deployment)) {
    const role = context.roleByArn(need.roleArn);
    if (!role) continue; // only referenced: reported as unknown in the role list
    const denied = await deniedActions(context, role, need);
    if (!denied || denied.length === 0) continue;
    const other = context.roleByArn(need.otherRoleArn);
    const otherHolds = other && other !== role ? await deniedActions(context, other, { ...need, actions: denied }) : undefined;
    const statement = { Effect: 'Allow' as const, Action: denied, Resource: need.resource, ...(need.context && need.rule === 'pass-role-for-task' ? { Condition: { StringEquals: need.context as Record<string, string> } } : {}) };
    const list = denied.join(', ');
    if (other && otherHolds && otherHolds.length === 0) {
      if (need.roleType !== 'execution-role') continue; // the execution role holding the application's grant is reported by checkApplicationPermissions
      findings.push(
        makeFinding('agent-permission-on-task-role', {
          at: other.identityPolicies[0]?.position ?? other.position,
          role: other.name,
          roleType: 'task-role',
          message: { ja: `${other.name} (タスクロール) が ${list} を許可していますが、これを使うのは${need.purpose.ja}を取得する ECS エージェントで、エージェントはタスク実行ロール ${role.name} を使います。${role.name} には許可がありません。`, en: `${other.name} (the task role) allows ${list}, but ${need.purpose.en} is fetched by the ECS agent with the task execution role ${role.name}, which does not allow it.` },
          fix: { ja: `この権限を ${role.name} (タスク実行ロール) に移し、${other.name} からは外します。`, en: `Move this permission to ${role.name} (the task execution role) and remove it from ${other.name}.` },
          change: renderStatement(context.formatOf.get(role.position.file ?? ''), statement),
        }),
      );
      continue;
    }
    findings.push(
      makeFinding(need.rule, {
        at: role.position,
        role: role.name,
        roleType: need.roleType,
        message: { ja: `${role.name} は ${need.resource} への ${list} を許可していません。${need.purpose.ja}に必要です (${need.position.file ?? ''}:${need.position.line})。`, en: `${role.name} does not allow ${list} on ${need.resource}, which ${need.purpose.en} needs (${need.position.file ?? ''}:${need.position.line}).` },
        fix: { ja: `${role.name} のポリシーに次のステートメントを追加します。`, en: `Add this statement to a policy of ${role.name}.` },
        change: renderStatement(context.formatOf.get(role.position.file ?? ''), statement),
      }),
    );
  }
  return findings;
}

// What the ECS agent and Fargate agent call with the task execution role:
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
const AGENT_ACTIONS = [
  'ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage',
  'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams',
  'secretsmanager:GetSecretValue', 'ssm:GetParameters', 'ssm:GetParameter', 'kms:Decrypt',
  's3:GetObject', 's3:GetBucketLocation',
].map((a) => a.toLowerCase());

function agentMayUse(action: string): boolean {
  const lower = action.toLowerCase();
  if (lower === '*' || !lower.includes(':')) return true; // too-broad reports these
  const pattern = new RegExp(`^${lower.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return AGENT_ACTIONS.some((a) => pattern.test(a));
}

/** application-permission-on-execution-role: grants on an execution role that the agent never calls and its task role lacks. */
export async function checkApplicationPermissions(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  for (const role of context.deployment.roles) {
    const uses = context.uses.filter((u) => u.roleArn === role.arn);
    if (!uses.some((u) => u.roleType === 'execution-role') || uses.some((u) => u.roleType !== 'execution-role')) continue;
    const tasks = context.deployment.taskDefinitions.filter((td) => td.executionRoleArn === role.arn);
    for (const policy of role.identityPolicies) {
      for (const { statement } of statementsOf(isRecord(policy.policy) ? policy.policy : {})) {
        if (statement.Effect !== 'Allow') continue;
        const actions = stringList(statement.Action).filter((a) => !agentMayUse(a));
        if (actions.length === 0) continue;
        const resources = stringList(statement.Resource);
        // Not a wrong role when every task's task role already allows it: then it is only unused.
        const lacking: string[] = [];
        for (const action of actions) {
          for (const td of tasks) {
            const taskRole = context.roleByArn(td.taskRoleArn);
            const policies = taskRole ? identityPoliciesOf(taskRole) : [];
            if (taskRole && (!policies || taskRole.incomplete)) continue;
            const allowed = taskRole && policies ? (await ask({ principal: taskRole.arn, action, resource: resources[0] ?? '*', resourceAccount: accountOf(resources[0] ?? '') }, policies)).allowed : false;
            if (!allowed && !lacking.includes(action)) lacking.push(action);
          }
        }
        if (lacking.length === 0) continue;
        const taskRoles = [...new Set(tasks.map((td) => (td.taskRoleArn ? context.nameOf(td.taskRoleArn) : undefined)).filter((n): n is string => !!n))];
        const target = taskRoles.length > 0 ? taskRoles.join(', ') : undefined;
        findings.push(
          makeFinding('application-permission-on-execution-role', {
            at: policy.position ?? role.position,
            role: role.name,
            roleType: 'execution-role',
            message: {
              ja: `${role.name} はタスク実行ロールとして使われていますが、ECS エージェントが呼ばない ${lacking.join(', ')} を許可しています。コンテナ内のアプリケーションに渡るのはタスクロール${target ? ` (${target})` : ''}の認証情報で、${target ? 'そちらには許可がありません' : 'タスク定義にタスクロールがありません'}。`,
              en: `${role.name} is used as a task execution role but allows ${lacking.join(', ')}, which the ECS agent never calls. The application in the containers gets the task role's credentials${target ? ` (${target}), which does not allow it` : ', and the task definition has no task role'}.`,
            },
            fix: { ja: `この権限をタスクロールに移し、${role.name} からは外します。`, en: `Move this permission to the task role and remove it from ${role.name}.` },
            change: renderStatement(context.formatOf.get(role.position.file ?? ''), { Effect: 'Allow', Action: lacking, Resource: resources.length === 1 ? resources[0] : resources }),
          }),
        );
      }
    }
  }
  return findings;
}
