import type { Localized } from './localized';

/** The kinds of role and policy Rolebook explains. The ids match the error catalogue's `role_type` values. */
export type RoleTypeId =
  | 'instance-role'
  | 'execution-role'
  | 'task-role'
  | 'events-role'
  | 'scheduler-role'
  | 'lambda-execution-role'
  | 'ecr-repository-policy'
  | 's3-bucket-policy'
  | 'service-linked-role'
  | 'passrole'
  | 'trust-policy';

export interface RoleType {
  id: RoleTypeId;
  name: Localized;
  /** The service principal that assumes it, when it is a role. */
  principal?: string;
  /** Who really uses the credentials. */
  usedBy: Localized;
  /** The doc page about it, once written (docs-relative, without extension). */
  page?: string;
}

// Japanese names follow AWS's Japanese documentation (タスク実行ロール, タスクロール, ...).
export const ROLE_TYPES: readonly RoleType[] = [
  {
    id: 'task-role',
    name: { ja: 'タスクロール', en: 'Task role' },
    principal: 'ecs-tasks.amazonaws.com',
    usedBy: { ja: 'コンテナ内のアプリケーション (SDK・CLI)', en: 'Your application in the containers (SDK, CLI)' },
    page: 'roles/task-role',
  },
  {
    id: 'execution-role',
    name: { ja: 'タスク実行ロール', en: 'Task execution role' },
    principal: 'ecs-tasks.amazonaws.com',
    usedBy: { ja: 'ECS エージェント・Fargate エージェント', en: 'The ECS container agent or Fargate agent' },
    page: 'roles/task-execution-role',
  },
  {
    id: 'instance-role',
    name: { ja: 'コンテナインスタンス IAM ロール', en: 'Container instance role' },
    principal: 'ec2.amazonaws.com',
    usedBy: { ja: 'EC2 上の ECS エージェントと Docker デーモン', en: 'The ECS agent and Docker daemon on EC2' },
    page: 'roles/container-instance-role',
  },
  {
    id: 'events-role',
    name: { ja: 'EventBridge ターゲットロール', en: 'EventBridge target role' },
    principal: 'events.amazonaws.com',
    usedBy: { ja: 'EventBridge (ルールから ecs:RunTask を呼ぶ)', en: 'EventBridge, calling ecs:RunTask for a rule' },
    page: 'roles/events-role',
  },
  {
    id: 'scheduler-role',
    name: { ja: 'EventBridge Scheduler の実行ロール', en: 'EventBridge Scheduler execution role' },
    principal: 'scheduler.amazonaws.com',
    usedBy: { ja: 'EventBridge Scheduler', en: 'EventBridge Scheduler' },
    page: 'roles/events-role',
  },
  {
    id: 'lambda-execution-role',
    name: { ja: 'Lambda 実行ロール', en: 'Lambda execution role' },
    principal: 'lambda.amazonaws.com',
    usedBy: { ja: 'Lambda 関数のコードと Lambda サービス', en: 'Your function code and the Lambda service' },
    page: 'roles/lambda-execution-role',
  },
  {
    id: 'ecr-repository-policy',
    name: { ja: 'ECR リポジトリポリシー', en: 'ECR repository policy' },
    usedBy: { ja: 'コンテナイメージを取得する Lambda サービス', en: 'The Lambda service pulling a container image' },
    page: 'roles/ecr-repository-policy',
  },
  {
    id: 's3-bucket-policy',
    name: { ja: 'S3 バケットポリシー (CloudFront のオリジン)', en: 'S3 bucket policy (a CloudFront origin)' },
    usedBy: { ja: 'オリジンアクセスコントロール (OAC) でオブジェクトを読む CloudFront', en: 'CloudFront, reading objects through origin access control (OAC)' },
    page: 'publish/hosting',
  },
  {
    id: 'service-linked-role',
    name: { ja: 'サービスにリンクされたロール (AWSServiceRoleForECS)', en: 'Service-linked role (AWSServiceRoleForECS)' },
    principal: 'ecs.amazonaws.com',
    usedBy: { ja: 'ECS のコントロールプレーン', en: 'The ECS control plane' },
    page: 'concepts/trust-and-permissions',
  },
  {
    id: 'passrole',
    name: { ja: 'iam:PassRole (デプロイする側の権限)', en: 'iam:PassRole (the deployer’s permission)' },
    usedBy: { ja: 'タスク定義やサービスを作成するユーザー・CI', en: 'The user or CI that creates task definitions and services' },
    page: 'concepts/trust-and-permissions',
  },
  {
    id: 'trust-policy',
    name: { ja: '信頼ポリシー', en: 'Trust policy' },
    usedBy: { ja: 'ロールを引き受けるプリンシパル', en: 'The principal that assumes the role' },
    page: 'concepts/trust-and-permissions',
  },
];

export function roleType(id: RoleTypeId): RoleType {
  const found = ROLE_TYPES.find((r) => r.id === id);
  if (!found) throw new Error(`unknown role type ${id}`);
  return found;
}
