import type { Localized } from './localized';
import type { RoleTypeId } from './roleTypes';

export type Platform = 'ec2' | 'fargate' | 'lambda';
export const PLATFORMS: readonly Platform[] = ['ec2', 'fargate', 'lambda'];
export const PLATFORM_LABELS: Record<Platform, Localized> = {
  ec2: { ja: 'ECS on EC2', en: 'ECS on EC2' },
  fargate: { ja: 'ECS on Fargate', en: 'ECS on Fargate' },
  lambda: { ja: 'Lambda', en: 'Lambda' },
};

/** Who does a job on one platform: a role type, or nothing because the job does not exist there. */
export type MatrixCell = { role: RoleTypeId; note?: Localized } | { notApplicable: true };

export interface MatrixRow {
  id: string;
  job: Localized;
  cells: Record<Platform, MatrixCell>;
}

const na: MatrixCell = { notApplicable: true };
const onEc2WithoutExecutionRole: Localized = {
  ja: 'タスク実行ロールがなければコンテナインスタンス IAM ロール',
  en: 'the container instance role when there is no execution role',
};

// Facts: shared/research/roles-facts.md §0 and A1-A6, each checked against the AWS page cited there.
export const LAUNCH_TYPE_MATRIX: readonly MatrixRow[] = [
  {
    id: 'pull-image',
    job: { ja: 'コンテナイメージを ECR から取得する', en: 'Pull the container image from ECR' },
    cells: {
      ec2: { role: 'execution-role', note: onEc2WithoutExecutionRole },
      fargate: { role: 'execution-role' },
      lambda: { role: 'ecr-repository-policy', note: { ja: 'Lambda サービスが取得する', en: 'the Lambda service pulls it' } },
    },
  },
  {
    id: 'write-logs',
    job: { ja: 'ログを CloudWatch Logs に書く', en: 'Write logs to CloudWatch Logs' },
    cells: {
      ec2: { role: 'execution-role', note: onEc2WithoutExecutionRole },
      fargate: { role: 'execution-role' },
      lambda: { role: 'lambda-execution-role' },
    },
  },
  {
    id: 'read-secrets',
    job: { ja: 'Secrets Manager・SSM パラメータストアの値を環境変数に入れる', en: 'Inject Secrets Manager or SSM Parameter Store values' },
    cells: { ec2: { role: 'execution-role' }, fargate: { role: 'execution-role' }, lambda: { role: 'lambda-execution-role', note: { ja: '関数のコードが取得する', en: 'your function code fetches them' } } },
  },
  {
    id: 'read-env-files',
    job: { ja: 'S3 の環境変数ファイルを読む', en: 'Read environment files from S3' },
    cells: { ec2: { role: 'execution-role' }, fargate: { role: 'execution-role' }, lambda: na },
  },
  {
    id: 'app-calls',
    job: { ja: 'アプリケーションのコードが AWS API を呼ぶ', en: 'Your code calls AWS APIs' },
    cells: { ec2: { role: 'task-role' }, fargate: { role: 'task-role' }, lambda: { role: 'lambda-execution-role' } },
  },
  {
    id: 'scheduled-task',
    job: { ja: 'スケジュールされたタスクを起動する', en: 'Start a scheduled task' },
    cells: { ec2: { role: 'events-role' }, fargate: { role: 'events-role' }, lambda: na },
  },
  {
    id: 'lambda-image',
    job: { ja: '別アカウントの ECR にあるイメージで関数を動かす', en: 'Run a function from an image in another account’s ECR' },
    cells: { ec2: na, fargate: na, lambda: { role: 'ecr-repository-policy', note: { ja: '2 つの文が必要', en: 'needs both statements' } } },
  },
  {
    id: 'register-instance',
    job: { ja: 'ECS エージェントがクラスターに登録する', en: 'The ECS agent registers with the cluster' },
    cells: { ec2: { role: 'instance-role' }, fargate: na, lambda: na },
  },
  {
    id: 'network-interfaces',
    job: { ja: 'awsvpc や VPC のネットワークインターフェイスを作る', en: 'Create awsvpc or VPC network interfaces' },
    cells: { ec2: { role: 'service-linked-role' }, fargate: { role: 'service-linked-role' }, lambda: { role: 'lambda-execution-role' } },
  },
];
