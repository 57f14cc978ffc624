import type { Localized } from './localized';
import type { RoleTypeId } from './roleTypes';

/** Where a reader meets an error message. */
export type ErrorSource =
  | 'ecs-stopped-reason'
  | 'ecs-service-event'
  | 'ecs-agent-log'
  | 'application-log'
  | 'sdk-exception'
  | 'cli'
  | 'cloudformation-event'
  | 'terraform'
  | 'lambda-api';

export const ERROR_SOURCE_LABELS: Record<ErrorSource, Localized> = {
  'ecs-stopped-reason': { ja: 'ECS タスクの停止理由', en: 'ECS task stopped reason' },
  'ecs-service-event': { ja: 'ECS サービスのイベント', en: 'ECS service event' },
  'ecs-agent-log': { ja: 'ECS エージェントのログ', en: 'ECS agent log' },
  'application-log': { ja: 'アプリケーションのログ', en: 'Application log' },
  'sdk-exception': { ja: 'SDK の例外', en: 'SDK exception' },
  cli: { ja: 'AWS CLI', en: 'AWS CLI' },
  'cloudformation-event': { ja: 'CloudFormation のイベント', en: 'CloudFormation event' },
  terraform: { ja: 'Terraform', en: 'Terraform' },
  'lambda-api': { ja: 'Lambda の API・コンソール', en: 'Lambda API or console' },
};

/** One real error message, what causes it, and where Rolebook shows the fix. */
export interface ErrorEntry {
  /** Stable: used in URLs (`/docs/errors#<id>`) and in the decoder's results. */
  id: string;
  /** Verbatim from the source, with <placeholders> (<account-id>, <region>, <role-name>, ...) where values vary. */
  message: string;
  /** The wording of AWS's Japanese (translated) support articles, where one exists. */
  messageJa?: string;
  where: ErrorSource[];
  roleType: RoleTypeId;
  /** Whether IAM is the root cause ('partly': often IAM, sometimes the network). */
  iamIsRootCause: 'yes' | 'partly' | 'no';
  cause: Localized;
  fix: Localized;
  /** The docs page (and anchor) that explains the fix: `roles/task-role#mistake-no-task-role`. */
  page: string;
  /** The verified example that fixes it, when there is one. */
  example?: string;
  /** Where the message was seen (an issue thread or AWS page). */
  source: string;
}
