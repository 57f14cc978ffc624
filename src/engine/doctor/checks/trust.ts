import { ROLE_TYPES, type RoleTypeId } from '../../../data/roleTypes';
import { closestServicePrincipal, isKnownServicePrincipal } from '../../../data/servicePrincipals';
import { EXAMPLE_ENVIRONMENT } from '../../model/deployment';
import { allowedServices, CONFUSED_DEPUTY_PRINCIPALS, resourcePolicyUnguardedServices, trustSourceProblems } from '../../policy/confusedDeputy';
import { ask } from '../../simulation/askSimulator';
import { makeFinding, renderStatement } from '../makeFinding';
import type { DoctorFinding } from '../types';
import type { CheckContext } from './context';

const { partition, region, accountId } = EXAMPLE_ENVIRONMENT;

/**
 * The service that assumes each kind of role, the aws:SourceArn it sends (a plausible one, since only the
 * pattern matters), the error a reader meets when it cannot, and the page section about that role's trust.
 */
const ASSUMED_BY: Partial<Record<RoleTypeId, { principal: string; sourceArn: string; errorId: string; page: string; deputyPage: string }>> = {
  'task-role': { principal: 'ecs-tasks.amazonaws.com', sourceArn: `arn:${partition}:ecs:${region}:${accountId}:task/default/0123456789abcdef0`, errorId: 'ecs-unable-to-assume-role', page: 'roles/task-role#mistake-wrong-principal', deputyPage: 'roles/task-role#confused-deputy-conditions' },
  'execution-role': { principal: 'ecs-tasks.amazonaws.com', sourceArn: `arn:${partition}:ecs:${region}:${accountId}:task/default/0123456789abcdef0`, errorId: 'ecs-unable-to-assume-role', page: 'roles/task-execution-role#who-assumes-and-uses', deputyPage: 'roles/task-execution-role#confused-deputy-conditions' },
  'events-role': { principal: 'events.amazonaws.com', sourceArn: `arn:${partition}:events:${region}:${accountId}:rule/rule`, errorId: 'events-role-cannot-be-assumed', page: 'roles/events-role#mistake-trusts-ecs-tasks', deputyPage: 'roles/events-role#confused-deputy-rule' },
  'scheduler-role': { principal: 'scheduler.amazonaws.com', sourceArn: `arn:${partition}:scheduler:${region}:${accountId}:schedule/default/schedule`, errorId: 'scheduler-role-cannot-be-assumed', page: 'roles/events-role#mistake-scheduler-trusts-events', deputyPage: 'roles/events-role#confused-deputy-scheduler' },
  'lambda-execution-role': { principal: 'lambda.amazonaws.com', sourceArn: `arn:${partition}:lambda:${region}:${accountId}:function:function`, errorId: 'lambda-role-cannot-be-assumed', page: 'roles/lambda-execution-role#mistake-role-not-assumable', deputyPage: 'roles/lambda-execution-role#confused-deputy-conditions' },
  'instance-role': { principal: 'ec2.amazonaws.com', sourceArn: '', errorId: 'ecs-instance-role-wrong-trust', page: 'roles/container-instance-role#mistake-wrong-principal', deputyPage: 'roles/container-instance-role#confused-deputy-conditions' },
};


/** wrong-principal: the trust policy does not let in the service that uses the role (asked of the simulator), or names a service that does not exist. */
export async function checkTrust(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  for (const role of context.deployment.roles) {
    if (role.generated) continue;
    const typos = new Map<string, string | undefined>();
    for (const { service } of allowedServices(role.trustPolicy)) {
      if (!isKnownServicePrincipal(service)) typos.set(service, closestServicePrincipal(service));
    }
    for (const [service, suggestion] of typos) {
      findings.push(
        makeFinding('unknown-service-principal', {
          at: role.position,
          role: role.name,
          roleType: context.roleTypeOf(role),
          message: { ja: `${role.name} の信頼ポリシーのサービスプリンシパル ${service} は存在しません。`, en: `The trust policy of ${role.name} names ${service}, which is not a service principal.` },
          fix: suggestion ? { ja: `${suggestion} に直します。`, en: `Change it to ${suggestion}.` } : { ja: 'サービスの文書にあるプリンシパル名に直します。', en: 'Use the principal the service’s documentation names.' },
          change: suggestion ? renderStatement(context.formatOf.get(role.position.file ?? ''), trustStatement(suggestion)) : undefined,
        }),
      );
    }
    const types = [...new Set(context.uses.filter((u) => u.roleArn === role.arn).map((u) => u.roleType))];
    for (const type of types) {
      const expected = ASSUMED_BY[type];
      if (!expected) continue;
      if ([...typos.values()].includes(expected.principal)) continue; // the typo is the cause, already reported
      const answer = await ask(
        { principal: expected.principal, action: 'sts:AssumeRole', resource: role.arn, resourceAccount: accountId, context: expected.sourceArn ? { 'aws:SourceAccount': accountId, 'aws:SourceArn': expected.sourceArn } : {} },
        [],
        role.trustPolicy ?? { Version: '2012-10-17', Statement: [] },
      );
      // A statement that names the principal but fails only on a source condition is a confused-deputy guard, not a wrong principal.
      if (answer.allowed || answer.principalNamed) continue;
      const by = context.uses.find((u) => u.roleArn === role.arn && u.roleType === type)!;
      const named = allowedServices(role.trustPolicy).map((t) => t.service);
      findings.push(
        makeFinding('trust-principal-mismatch', {
          at: role.position,
          role: role.name,
          roleType: type,
          message: {
            ja: `${role.name} は ${by.by} で${roleTypeJa(type)}として使われていますが、信頼ポリシーが ${expected.principal} に sts:AssumeRole を許可していません${named.length > 0 ? ` (信頼しているのは ${named.join(', ')})` : ''}。`,
            en: `${role.name} is used by ${by.by} as its ${roleTypeEn(type)}, but its trust policy does not let ${expected.principal} call sts:AssumeRole${named.length > 0 ? ` (it trusts ${named.join(', ')})` : ''}.`,
          },
          fix: { ja: `信頼ポリシーのプリンシパルを ${expected.principal} にします。`, en: `Make the trust policy's principal ${expected.principal}.` },
          change: renderStatement(context.formatOf.get(role.position.file ?? ''), trustStatement(expected.principal)),
          errorIds: [expected.errorId],
          page: expected.page,
        }),
      );
    }
  }
  return findings;
}

/** confused-deputy: service trust without aws:Source* conditions, EC2 trust with them, and ECR policies letting Lambda in without aws:sourceArn. */
export async function checkConfusedDeputy(context: CheckContext): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  for (const role of context.deployment.roles) {
    if (role.generated) continue;
    for (const { service, problem } of trustSourceProblems(role.trustPolicy)) {
      if (problem === 'unguarded') {
        findings.push(
          makeFinding('trust-without-source-conditions', {
            at: role.position,
            role: role.name,
            roleType: context.roleTypeOf(role),
            message: { ja: `${role.name} は ${service} を aws:SourceAccount・aws:SourceArn の条件なしで信頼しています。`, en: `${role.name} trusts ${service} without an aws:SourceAccount or aws:SourceArn condition.` },
            fix: { ja: '信頼ポリシーのステートメントに aws:SourceAccount (と、できれば aws:SourceArn) の条件を追加します。', en: 'Add an aws:SourceAccount condition (and, where you can, aws:SourceArn) to the trust statement.' },
            change: renderStatement(context.formatOf.get(role.position.file ?? ''), { ...trustStatement(service), Condition: { StringEquals: { 'aws:SourceAccount': accountId } } }),
            ...deputyPage(context.roleTypeOf(role)),
          }),
        );
      } else {
        findings.push(
          makeFinding('ec2-trust-with-source-conditions', {
            at: role.position,
            role: role.name,
            roleType: context.roleTypeOf(role),
            message: { ja: `${role.name} は ec2.amazonaws.com を aws:Source* の条件付きで信頼していますが、EC2 はこの値を送らないため、インスタンスはロールを引き受けられません。`, en: `${role.name} trusts ec2.amazonaws.com with an aws:Source* condition, which EC2 does not send, so the instance cannot assume the role.` },
            fix: { ja: 'ec2.amazonaws.com のステートメントから aws:Source* の条件を外します。', en: 'Remove the aws:Source* condition from the ec2.amazonaws.com statement.' },
          }),
        );
      }
    }
  }
  for (const holder of context.deployment.resourcePolicies) {
    if (!/:ecr:/.test(holder.resourceArn)) continue;
    for (const service of resourcePolicyUnguardedServices(holder.policy)) {
      if (service !== 'lambda.amazonaws.com') continue;
      findings.push(
        makeFinding('ecr-policy-lambda-without-source-arn', {
          at: holder.position,
          role: holder.name,
          roleType: 'ecr-repository-policy',
          message: { ja: `${holder.name} のリポジトリポリシーは lambda.amazonaws.com を aws:sourceARN の条件なしで許可しています。`, en: `The repository policy of ${holder.name} lets lambda.amazonaws.com in without an aws:sourceARN condition.` },
          fix: { ja: 'イメージを使う関数の ARN を aws:sourceARN 条件 (ArnLike) で指定します。', en: 'Name the functions that use the image in an aws:sourceARN condition (ArnLike).' },
          change: `Condition:\n  ArnLike:\n    aws:sourceARN: arn:aws:lambda:${region}:${accountId}:function:*`,
        }),
      );
    }
  }
  return findings;
}

function deputyPage(type: string): { page?: string } {
  const page = ASSUMED_BY[type as RoleTypeId]?.deputyPage;
  return page ? { page } : {};
}

/** The trust statement a service needs: the service may call sts:AssumeRole (with source conditions where AWS documents them). */
function trustStatement(service: string) {
  const guarded = CONFUSED_DEPUTY_PRINCIPALS.includes(service);
  return { Effect: 'Allow' as const, Principal: { Service: service }, Action: ['sts:AssumeRole'], ...(guarded ? { Condition: { StringEquals: { 'aws:SourceAccount': accountId } } } : {}) };
}

const typeName = (t: RoleTypeId) => ROLE_TYPES.find((r) => r.id === t)?.name ?? { ja: t, en: t };
export const roleTypeJa = (t: RoleTypeId) => typeName(t).ja;
// 'Task role' reads 'task role' mid-sentence; 'EventBridge target role' keeps its capital.
export const roleTypeEn = (t: RoleTypeId) => typeName(t).en.replace(/^([A-Z])(?=[a-z]+\b)/, (c) => c.toLowerCase());
