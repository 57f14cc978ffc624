import type { Localized } from './localized';
import type { RoleTypeId } from './roleTypes';

/** One job that some role does, for the home page's "which role does this?" table. */
export interface RoleJob {
  id: string;
  job: Localized;
  roleType: RoleTypeId;
  /** Where launch types differ. */
  note?: Localized;
}

// Facts: shared/research/roles-facts.md §0, checked against the AWS pages cited there.
export const ROLE_JOBS: readonly RoleJob[] = [
  {
    id: 'app-calls',
    job: { ja: 'コンテナ内のアプリケーションが AWS API を呼ぶ (Lambda の呼び出し、S3、DynamoDB など)', en: 'Your application in a container calls AWS APIs (invoke Lambda, S3, DynamoDB, ...)' },
    roleType: 'task-role',
    note: { ja: 'EC2 でも Fargate でも同じ', en: 'Same on EC2 and Fargate' },
  },
  {
    id: 'pull-image',
    job: { ja: 'プライベート ECR からコンテナイメージを取得する', en: 'Pull the container image from private ECR' },
    roleType: 'execution-role',
    note: { ja: 'EC2 でタスク実行ロールがなければコンテナインスタンス IAM ロール', en: 'On EC2 without an execution role: the container instance role' },
  },
  {
    id: 'awslogs',
    job: { ja: 'awslogs ログドライバーで CloudWatch Logs に書き込む', en: 'Send logs to CloudWatch Logs with the awslogs driver' },
    roleType: 'execution-role',
    note: { ja: 'EC2 でタスク実行ロールがなければコンテナインスタンス IAM ロール', en: 'On EC2 without an execution role: the container instance role' },
  },
  {
    id: 'secrets-envfiles',
    job: { ja: 'Secrets Manager・SSM パラメータストアの値や S3 の env ファイルを環境変数に入れる', en: 'Inject Secrets Manager or SSM Parameter Store values and S3 env files as environment variables' },
    roleType: 'execution-role',
    note: { ja: 'EC2 でも Fargate でもタスク実行ロール', en: 'The execution role on both EC2 and Fargate' },
  },
  {
    id: 'agent-register',
    job: { ja: 'EC2 インスタンスの ECS エージェントがクラスターに登録する', en: 'The ECS agent on an EC2 instance registers with the cluster' },
    roleType: 'instance-role',
  },
  {
    id: 'scheduled-task',
    job: { ja: 'EventBridge のルールからスケジュールされたタスクを起動する', en: 'Start a scheduled task from an EventBridge rule' },
    roleType: 'events-role',
    note: { ja: 'タスクロールとタスク実行ロールの両方に iam:PassRole が必要', en: 'Needs iam:PassRole on both the task role and the execution role' },
  },
  {
    id: 'lambda-code',
    job: { ja: 'Lambda 関数のコードが AWS API を呼び、ログを書く', en: 'Lambda function code calls AWS APIs and writes logs' },
    roleType: 'lambda-execution-role',
  },
  {
    id: 'lambda-image',
    job: { ja: 'Lambda が ECR からコンテナイメージを取得する', en: 'Lambda pulls its container image from ECR' },
    roleType: 'ecr-repository-policy',
    note: { ja: '実行ロールではなくリポジトリ側のリソースベースのポリシー', en: 'A resource-based policy on the repository, not the execution role' },
  },
  {
    id: 'awsvpc-eni',
    job: { ja: 'awsvpc のネットワークインターフェイスやロードバランサーへの登録を管理する', en: 'Manage awsvpc network interfaces and load balancer registration' },
    roleType: 'service-linked-role',
  },
  {
    id: 'deploy',
    job: { ja: 'タスク定義・サービス・関数を作るときにロールを渡す', en: 'Pass roles when creating task definitions, services and functions' },
    roleType: 'passrole',
  },
];
