import { ecrImage } from '../../workloads/containerDefinitions';
import { makeFinding } from '../makeFinding';
import { runsOnFargate, taskDefinitionByArn } from '../roleUses';
import type { DoctorFinding } from '../types';
import type { CheckContext } from './context';

/** missing-role and same-role: a role the usage needs is not set, or one role does two jobs. */
export async function checkRoleWiring(context: CheckContext): Promise<DoctorFinding[]> {
  const { deployment } = context;
  const findings: DoctorFinding[] = [];
  for (const td of deployment.taskDefinitions) {
    const containers = td.containers ?? [];
    const fargate = runsOnFargate(deployment, td);
    const reasons: string[] = [];
    for (const c of containers) {
      if (c.secrets.length > 0) reasons.push(`secrets (${c.name})`);
      if (c.environmentFiles.length > 0) reasons.push(`environmentFiles (${c.name})`);
      if (c.repositoryCredentials) reasons.push(`repositoryCredentials (${c.name})`);
      // On EC2 the container instance role pulls from ECR and writes awslogs when there is no execution role.
      if (fargate && c.image && ecrImage(c.image)) reasons.push(`ECR image (${c.name})`);
      if (fargate && c.awslogs) reasons.push(`awslogs (${c.name})`);
    }
    if (!td.executionRoleArn && reasons.length > 0) {
      findings.push(
        makeFinding('execution-role-missing', {
          at: td.position,
          role: td.name,
          roleType: 'execution-role',
          message: { ja: `${td.name} には executionRoleArn がありませんが、${reasons.join('、')} にはタスク実行ロールが必要です${fargate ? ' (Fargate)' : ''}。`, en: `${td.name} has no executionRoleArn, but ${reasons.join(', ')} need a task execution role${fargate ? ' (Fargate)' : ''}.` },
          fix: { ja: 'ecs-tasks.amazonaws.com を信頼するタスク実行ロールを作り、タスク定義の executionRoleArn に指定します。', en: 'Create a task execution role that trusts ecs-tasks.amazonaws.com and set it as the task definition’s executionRoleArn.' },
          change: context.formatOf.get(td.position.file ?? '') === 'terraform' ? 'execution_role_arn = aws_iam_role.task_execution.arn' : context.formatOf.get(td.position.file ?? '') === 'task-definition' ? '"executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"' : 'ExecutionRoleArn: !GetAtt TaskExecutionRole.Arn',
        }),
      );
    }
    if (td.taskRoleArn && td.taskRoleArn === td.executionRoleArn) {
      findings.push(
        makeFinding('same-role-task-and-execution', {
          at: td.taskRolePosition ?? td.position,
          role: context.nameOf(td.taskRoleArn),
          roleType: 'task-role',
          message: { ja: `${td.name} は同じロール ${context.nameOf(td.taskRoleArn)} をタスクロールとタスク実行ロールに使っています。アプリケーションがエージェント用の権限 (シークレット、イメージのプル) まで持ちます。`, en: `${td.name} uses one role, ${context.nameOf(td.taskRoleArn)}, as both its task role and its task execution role, so the application also holds the agent’s permissions (secrets, image pulls).` },
          fix: { ja: 'タスクロールとタスク実行ロールを別のロールにします。', en: 'Use two roles: one task role, one task execution role.' },
        }),
      );
    }
  }
  for (const service of deployment.services) {
    const td = taskDefinitionByArn(deployment, service.taskDefinitionArn);
    if (service.enableExecuteCommand && td && !td.taskRoleArn) {
      findings.push(
        makeFinding('task-role-missing', {
          at: service.position,
          role: td.name,
          roleType: 'task-role',
          message: { ja: `${service.name} は ECS Exec を有効にしていますが、${td.name} にタスクロールがありません。`, en: `${service.name} turns on ECS Exec, but ${td.name} has no task role.` },
          fix: { ja: 'ssmmessages の 4 つのアクションを許可したタスクロールを taskRoleArn に指定します。', en: 'Set a task role that allows the four ssmmessages actions as taskRoleArn.' },
        }),
      );
    }
  }
  for (const target of deployment.eventTargets) {
    if (target.roleArn || !target.taskDefinitionArn) continue;
    findings.push(
      makeFinding('target-role-missing', {
        at: target.position,
        role: target.name,
        roleType: target.kind === 'events' ? 'events-role' : 'scheduler-role',
        message: { ja: `${target.name} は ECS タスクを起動しますが RoleArn がありません。`, en: `${target.name} runs an ECS task but has no RoleArn.` },
        fix: { ja: `${target.kind === 'events' ? 'events' : 'scheduler'}.amazonaws.com を信頼し、ecs:RunTask と iam:PassRole を許可したロールを RoleArn に指定します。`, en: `Set RoleArn to a role that trusts ${target.kind === 'events' ? 'events' : 'scheduler'}.amazonaws.com and allows ecs:RunTask and iam:PassRole.` },
      }),
    );
  }
  return findings;
}
