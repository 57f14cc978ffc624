import type { DoctorKind, DoctorSeverity } from '../engine/doctor/types';
import type { Localized } from './localized';
import type { RoleTypeId } from './roleTypes';

/** One rule of the role doctor: what it checks, how bad it is, and where the site explains it. */
export interface DoctorRule {
  /** Stable: printed by the CLI, used in /doctor/rules/<id> (src/plugins/doctorRulePages.ts) and in `data-rule`. */
  id: string;
  kind: DoctorKind;
  severity: DoctorSeverity;
  /** The role type the rule is about; none for rules that apply to any role's policies. */
  roleType?: RoleTypeId;
  title: Localized;
  /** What the rule checks and why it matters, for the rule's page. */
  description: Localized;
  /** Catalogue errors (src/data/errorCatalogue.ts) a reader meets when this is wrong. */
  errorIds: string[];
  /** Docs page section that explains it (docs-relative path with anchor). */
  page: string;
  /** A verified example that does it right (examples/<id>). */
  goodExample: string;
  /** A mistake that triggers the rule (examples/mistakes/<id>, declaring `doctor/<rule id>` in its expectedFailures). */
  badExample?: string;
}

const rule = (r: DoctorRule) => r;

// Ordered by kind, then by the order a reader meets the roles (ECS, then Lambda).
export const DOCTOR_RULES: readonly DoctorRule[] = [
  // wrong-role
  rule({
    id: 'application-permission-on-execution-role',
    kind: 'wrong-role',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'アプリケーション用の権限がタスク実行ロールにある', en: "The application's permission is on the task execution role" },
    description: {
      ja: 'タスク実行ロールの認証情報を使うのは ECS エージェントと Fargate エージェントだけで、コンテナ内のアプリケーションには渡りません。エージェントが使わないアクション (Lambda の呼び出し、S3 への書き込み、ECS Exec の ssmmessages など) はタスクロールに付けます。',
      en: 'Only the ECS agent and the Fargate agent use the task execution role; the application in the containers never receives its credentials. Actions the agent does not call (invoking Lambda, writing to S3, ECS Exec’s ssmmessages) belong on the task role.',
    },
    errorIds: ['lambda-invoke-denied-noidentity', 'ecs-task-uses-exec-role-as-task-role', 'ecs-exec-targetnotconnected'],
    page: 'roles/task-role#mistake-permission-on-wrong-role',
    goodExample: 'task-role-invoke-lambda',
    badExample: 'invoke-on-execution-role',
  }),
  rule({
    id: 'agent-permission-on-task-role',
    kind: 'wrong-role',
    severity: 'error',
    roleType: 'task-role',
    title: { ja: 'エージェントが使う権限がタスクロールにある', en: "The agent's permission is on the task role" },
    description: {
      ja: 'イメージのプル、awslogs への書き込み、secrets と environmentFiles の取得は、タスクが起動する前に ECS エージェントがタスク実行ロールで行います。タスクロールに付けても使われません。',
      en: 'Pulling the image, writing awslogs, and fetching secrets and environmentFiles happen before the task starts, done by the ECS agent with the task execution role. On the task role they are never used.',
    },
    errorIds: ['ecs-exec-envfile-accessdenied', 'ecs-exec-secrets-asm-getsecretvalue', 'ecs-exec-secrets-ssm-accessdenied'],
    page: 'roles/task-execution-role#mistake-envfile-on-task-role',
    goodExample: 'execution-role-secrets-envfile',
    badExample: 'envfile-on-task-role',
  }),
  // missing-permission
  rule({
    id: 'execution-role-ecr-pull',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'タスク実行ロールが ECR からイメージをプルできない', en: 'The task execution role cannot pull the image from ECR' },
    description: {
      ja: 'ECR のイメージを使うタスクでは、タスク実行ロールに ecr:GetAuthorizationToken (Resource は "*")、リポジトリへの ecr:BatchGetImage と ecr:GetDownloadUrlForLayer が必要です。',
      en: 'A task with an ECR image needs ecr:GetAuthorizationToken (on "*") and ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository, on its task execution role.',
    },
    errorIds: ['ecs-pull-403-manifest', 'ecr-getauthtoken-denied'],
    page: 'roles/task-execution-role#minimum-policy',
    goodExample: 'execution-role-secrets-envfile',
    badExample: 'no-ecr-pull-on-execution-role',
  }),
  rule({
    id: 'execution-role-awslogs',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'タスク実行ロールが awslogs に書き込めない', en: 'The task execution role cannot write awslogs' },
    description: {
      ja: 'awslogs ログドライバーを使うコンテナでは、タスク実行ロールにそのロググループへの logs:CreateLogStream と logs:PutLogEvents が必要です (awslogs-create-group が true なら logs:CreateLogGroup も)。',
      en: 'A container with the awslogs log driver needs logs:CreateLogStream and logs:PutLogEvents on its log group on the task execution role (and logs:CreateLogGroup when awslogs-create-group is true).',
    },
    errorIds: ['cred-awslogs-driver-nocred'],
    page: 'roles/task-execution-role#minimum-policy',
    goodExample: 'execution-role-secrets-envfile',
    badExample: 'no-awslogs-on-execution-role',
  }),
  rule({
    id: 'execution-role-secrets',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'タスク実行ロールが secrets を取得できない', en: 'The task execution role cannot fetch the secrets' },
    description: {
      ja: 'コンテナ定義の secrets は、タスク実行ロールで取得されます。Secrets Manager なら secretsmanager:GetSecretValue、Parameter Store なら ssm:GetParameters、カスタマー管理キーで暗号化していれば kms:Decrypt が必要です。',
      en: 'Secrets in a container definition are fetched with the task execution role: secretsmanager:GetSecretValue for Secrets Manager, ssm:GetParameters for Parameter Store, and kms:Decrypt when a customer managed key encrypts them.',
    },
    errorIds: ['ecs-exec-secrets-asm-getsecretvalue', 'ecs-exec-secrets-ssm-accessdenied', 'ecs-exec-secrets-asm-kms'],
    page: 'roles/task-execution-role#minimum-policy',
    goodExample: 'execution-role-secrets-envfile',
    badExample: 'no-secret-access-on-execution-role',
  }),
  rule({
    id: 'execution-role-environment-files',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'タスク実行ロールが environmentFiles を読めない', en: 'The task execution role cannot read the environmentFiles' },
    description: {
      ja: 'environmentFiles の S3 オブジェクトは、タスク実行ロールで取得されます。オブジェクトへの s3:GetObject とバケットへの s3:GetBucketLocation が必要です。',
      en: 'The S3 objects of environmentFiles are fetched with the task execution role: it needs s3:GetObject on the object and s3:GetBucketLocation on the bucket.',
    },
    errorIds: ['ecs-exec-envfile-accessdenied'],
    page: 'roles/task-execution-role#minimum-policy',
    goodExample: 'execution-role-secrets-envfile',
    badExample: 'envfile-get-object-on-bucket-arn',
  }),
  rule({
    id: 'execution-role-registry-credentials',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'タスク実行ロールがプライベートレジストリーの認証情報を読めない', en: 'The task execution role cannot read the private registry credentials' },
    description: {
      ja: 'repositoryCredentials の credentialsParameter に指定したシークレットは、タスク実行ロールの secretsmanager:GetSecretValue で取得されます。',
      en: 'The secret named in repositoryCredentials.credentialsParameter is fetched with secretsmanager:GetSecretValue on the task execution role.',
    },
    errorIds: ['ecs-exec-secrets-asm-getsecretvalue'],
    page: 'roles/task-execution-role#private-registry',
    goodExample: 'execution-role-private-registry',
    badExample: 'registry-secret-arn-without-suffix',
  }),
  rule({
    id: 'task-role-ecs-exec',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'task-role',
    title: { ja: 'ECS Exec に必要な ssmmessages の権限がタスクロールにない', en: 'The task role lacks the ssmmessages permissions ECS Exec needs' },
    description: {
      ja: 'enableExecuteCommand を有効にしたサービスのタスクでは、タスクロールに ssmmessages:CreateControlChannel・CreateDataChannel・OpenControlChannel・OpenDataChannel が必要です。',
      en: 'Tasks of a service with enableExecuteCommand need ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel on the task role.',
    },
    errorIds: ['ecs-exec-targetnotconnected'],
    page: 'roles/task-role#ecs-exec',
    goodExample: 'task-role-ecs-exec',
    badExample: 'ecs-exec-without-ssmmessages',
  }),
  rule({
    id: 'target-role-run-task',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'events-role',
    title: { ja: 'EventBridge のロールが ecs:RunTask を呼べない', en: 'The EventBridge role cannot call ecs:RunTask' },
    description: {
      ja: 'ECS タスクを起動するルールのターゲットやスケジュールのロールには、そのタスク定義への ecs:RunTask が必要です。',
      en: 'The role of a rule target or schedule that runs an ECS task needs ecs:RunTask on that task definition.',
    },
    errorIds: ['events-role-runtask-passrole-silent', 'launcher-runtask-denied'],
    page: 'roles/events-role#minimum-policy',
    goodExample: 'events-role-scheduled-task',
    badExample: 'events-role-runs-other-family',
  }),
  rule({
    id: 'pass-role-for-task',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'passrole',
    title: { ja: 'タスクロールとタスク実行ロールの両方を iam:PassRole できない', en: 'Cannot iam:PassRole both the task role and the task execution role' },
    description: {
      ja: 'タスクを起動する (ecs:RunTask) か、タスク定義のロールを ECS に渡すプリンシパルは、そのタスク定義のタスクロールとタスク実行ロールの両方に iam:PassRole が必要です。EventBridge のロールも同じです。',
      en: 'A principal that runs a task (ecs:RunTask) or passes a task definition’s roles to ECS needs iam:PassRole on both its task role and its task execution role, and so does the role EventBridge uses to run the task.',
    },
    errorIds: ['passrole-ecs-runtask', 'passrole-events-ecsEventsRole', 'passrole-ecs-register-taskdef', 'events-role-runtask-passrole-silent'],
    page: 'concepts/trust-and-permissions#passrole',
    goodExample: 'passrole-deployer',
    badExample: 'passrole-one-role',
  }),
  rule({
    id: 'instance-role-ecs-agent',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'instance-role',
    title: { ja: 'コンテナインスタンスロールで ECS エージェントが登録できない', en: 'The ECS agent cannot register with the container instance role' },
    description: {
      ja: 'ECS クラスターの EC2 インスタンスプロファイルのロールには、ECS エージェントが使う ecs:RegisterContainerInstance・ecs:DiscoverPollEndpoint・ecs:Poll などが必要です。AmazonEC2ContainerServiceforEC2Role がそれを含みます。',
      en: 'The role of an ECS cluster’s EC2 instance profile needs what the ECS agent calls: ecs:RegisterContainerInstance, ecs:DiscoverPollEndpoint, ecs:Poll and more. AmazonEC2ContainerServiceforEC2Role has them.',
    },
    errorIds: ['cred-agent-register-nocred'],
    page: 'roles/container-instance-role#minimum-policy',
    goodExample: 'instance-role-ec2',
    badExample: 'instance-role-without-ecs-agent-permissions',
  }),
  rule({
    id: 'lambda-role-logs',
    kind: 'missing-permission',
    severity: 'warning',
    roleType: 'lambda-execution-role',
    title: { ja: 'Lambda 実行ロールが CloudWatch Logs に書き込めない', en: 'The Lambda execution role cannot write to CloudWatch Logs' },
    description: {
      ja: '関数のログは実行ロールで書き込まれます。ロググループへの logs:CreateLogStream と logs:PutLogEvents がないと、関数は動いてもログが残りません。',
      en: 'A function writes its logs with its execution role. Without logs:CreateLogStream and logs:PutLogEvents on its log group, it runs but leaves no logs.',
    },
    errorIds: [],
    page: 'roles/lambda-execution-role#minimum-policy',
    goodExample: 'lambda-execution-role-sqs-vpc',
    badExample: 'lambda-role-without-logs-permissions',
  }),
  rule({
    id: 'lambda-role-vpc',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'lambda-execution-role',
    title: { ja: 'VPC 内の関数の実行ロールがネットワークインターフェイスを作れない', en: 'The execution role of a function in a VPC cannot create its network interfaces' },
    description: {
      ja: 'VpcConfig のある関数では、Lambda が実行ロールで ec2:CreateNetworkInterface・ec2:DescribeNetworkInterfaces・ec2:DeleteNetworkInterface を呼びます。AWSLambdaVPCAccessExecutionRole がそれを含みます。',
      en: 'For a function with VpcConfig, Lambda calls ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface with the execution role. AWSLambdaVPCAccessExecutionRole has them.',
    },
    errorIds: ['lambda-vpc-createnetworkinterface'],
    page: 'roles/lambda-execution-role#mistake-missing-eni-permissions',
    goodExample: 'lambda-execution-role-sqs-vpc',
    badExample: 'lambda-vpc-without-eni-permissions',
  }),
  rule({
    id: 'lambda-role-event-source',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'lambda-execution-role',
    title: { ja: '実行ロールがイベントソースのキューやストリームを読めない', en: 'The execution role cannot read the event source’s queue or stream' },
    description: {
      ja: 'イベントソースマッピングは関数の実行ロールでポーリングします。SQS なら sqs:ReceiveMessage・sqs:DeleteMessage・sqs:GetQueueAttributes、Kinesis と DynamoDB Streams ならレコードの読み取り権限が必要です。',
      en: 'An event source mapping polls with the function’s execution role: sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes for SQS, and the record-reading actions for Kinesis and DynamoDB Streams.',
    },
    errorIds: ['lambda-esm-sqs-receivemessage', 'lambda-esm-stream-access'],
    page: 'roles/lambda-execution-role#mistake-esm-sqs-permissions',
    goodExample: 'lambda-execution-role-sqs-vpc',
    badExample: 'lambda-sqs-trigger-without-receive-permissions',
  }),
  rule({
    id: 'lambda-role-kms',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'lambda-execution-role',
    title: { ja: '実行ロールが環境変数の KMS キーで復号できない', en: 'The execution role cannot decrypt with the environment variables’ KMS key' },
    description: {
      ja: 'KmsKeyArn を指定した関数では、実行ロールにそのキーへの kms:Decrypt が必要です。',
      en: 'A function with KmsKeyArn needs kms:Decrypt on that key on its execution role.',
    },
    errorIds: ['lambda-kms-env-decrypt'],
    page: 'roles/lambda-execution-role#mistake-kms-access-denied',
    goodExample: 'lambda-execution-role-sqs-vpc',
    badExample: 'lambda-kms-env-without-decrypt',
  }),
  rule({
    id: 'ecr-policy-lambda-pull',
    kind: 'missing-permission',
    severity: 'error',
    roleType: 'ecr-repository-policy',
    title: { ja: 'ECR リポジトリポリシーが Lambda にイメージの取得を許可していない', en: 'The ECR repository policy does not let Lambda get the image' },
    description: {
      ja: 'コンテナイメージの関数では、Lambda サービス (lambda.amazonaws.com) がリポジトリから ecr:BatchGetImage と ecr:GetDownloadUrlForLayer を呼びます。別アカウントの関数には、アカウントへのステートメントと、aws:sourceARN 条件付きの Lambda サービスへのステートメントの 2 つが必要です。',
      en: 'For a container image function, the Lambda service (lambda.amazonaws.com) calls ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository. A function in another account needs two statements: one for the account, and one for the Lambda service with an aws:sourceARN condition.',
    },
    errorIds: ['lambda-ecr-no-permission-cfn', 'lambda-ecr-crossacct-batchgetimage'],
    page: 'roles/ecr-repository-policy#mistake-one-statement',
    goodExample: 'ecr-policy-lambda-cross-account',
    badExample: 'ecr-policy-without-lambda-statement',
  }),
  // wrong-principal
  rule({
    id: 'trust-principal-mismatch',
    kind: 'wrong-principal',
    severity: 'error',
    roleType: 'trust-policy',
    title: { ja: '信頼ポリシーがロールの使い方と合っていない', en: 'The trust policy does not match how the role is used' },
    description: {
      ja: 'タスクロールとタスク実行ロールは ecs-tasks.amazonaws.com、EventBridge ルールのロールは events.amazonaws.com、Scheduler のロールは scheduler.amazonaws.com、Lambda 実行ロールは lambda.amazonaws.com、コンテナインスタンスロールは ec2.amazonaws.com を信頼する必要があります。',
      en: 'Task roles and task execution roles must trust ecs-tasks.amazonaws.com; EventBridge rule roles events.amazonaws.com; Scheduler roles scheduler.amazonaws.com; Lambda execution roles lambda.amazonaws.com; container instance roles ec2.amazonaws.com.',
    },
    errorIds: ['ecs-unable-to-assume-role', 'events-role-cannot-be-assumed', 'scheduler-role-cannot-be-assumed', 'lambda-role-cannot-be-assumed', 'ecs-instance-role-wrong-trust'],
    page: 'roles/task-role#mistake-wrong-principal',
    goodExample: 'task-role-invoke-lambda',
    badExample: 'task-role-trusts-ecs-service',
  }),
  rule({
    id: 'unknown-service-principal',
    kind: 'wrong-principal',
    severity: 'error',
    roleType: 'trust-policy',
    title: { ja: '信頼ポリシーのサービスプリンシパルが存在しない', en: 'The trust policy names a service principal that does not exist' },
    description: {
      ja: 'ecs-task.amazonaws.com のような綴りの誤りは cfn-lint では見つからず、デプロイ時に Invalid principal in policy で失敗します。',
      en: 'A misspelling such as ecs-task.amazonaws.com passes cfn-lint and fails at deploy time with Invalid principal in policy.',
    },
    errorIds: ['trust-invalid-principal-service'],
    page: 'roles/task-role#mistake-wrong-principal',
    goodExample: 'task-role-invoke-lambda',
    badExample: 'task-role-principal-typo',
  }),
  // missing-role
  rule({
    id: 'execution-role-missing',
    kind: 'missing-role',
    severity: 'error',
    roleType: 'execution-role',
    title: { ja: 'タスク実行ロールが必要なのに指定されていない', en: 'A task execution role is needed but not set' },
    description: {
      ja: 'Fargate のタスクで ECR のイメージか awslogs を使うとき、またはどの起動タイプでも secrets・environmentFiles・repositoryCredentials を使うときは、タスク定義に executionRoleArn が必要です。',
      en: 'A Fargate task with an ECR image or awslogs, and a task of any launch type with secrets, environmentFiles or repositoryCredentials, needs executionRoleArn in its task definition.',
    },
    errorIds: ['ecs-fargate-requires-exec-role'],
    page: 'roles/task-execution-role#mistake-no-execution-role',
    goodExample: 'task-definition-two-roles',
    badExample: 'no-execution-role-on-fargate',
  }),
  rule({
    id: 'task-role-missing',
    kind: 'missing-role',
    severity: 'error',
    roleType: 'task-role',
    title: { ja: 'ECS Exec を有効にしたのにタスクロールがない', en: 'ECS Exec is on but the task has no task role' },
    description: {
      ja: 'ECS Exec の SSM エージェントはタスクロールの認証情報で接続します。タスクロールのないタスクでは接続できません。',
      en: 'The SSM agent of ECS Exec connects with the task role’s credentials; a task with no task role cannot connect.',
    },
    errorIds: ['ecs-exec-targetnotconnected', 'cred-cli-unable-to-locate'],
    page: 'roles/task-role#mistake-no-task-role',
    goodExample: 'task-role-ecs-exec',
    badExample: 'ecs-exec-without-task-role',
  }),
  rule({
    id: 'target-role-missing',
    kind: 'missing-role',
    severity: 'error',
    roleType: 'events-role',
    title: { ja: 'ECS タスクを起動するターゲットにロールがない', en: 'The target that runs an ECS task has no role' },
    description: {
      ja: 'EventBridge ルールのターゲットや Scheduler のスケジュールで ECS タスクを起動するには、RoleArn に ecs:RunTask と iam:PassRole を許可したロールが必要です。',
      en: 'A rule target or schedule that runs an ECS task needs a RoleArn whose role allows ecs:RunTask and iam:PassRole.',
    },
    errorIds: ['events-role-runtask-passrole-silent'],
    page: 'roles/events-role#what-it-is',
    goodExample: 'events-role-scheduled-task',
    badExample: 'events-target-without-role',
  }),
  // confused-deputy
  rule({
    id: 'trust-without-source-conditions',
    kind: 'confused-deputy',
    severity: 'warning',
    roleType: 'trust-policy',
    title: { ja: 'サービスを信頼するのに aws:SourceAccount・aws:SourceArn の条件がない', en: 'A service is trusted without aws:SourceAccount or aws:SourceArn' },
    description: {
      ja: 'ecs-tasks・events・scheduler・lambda を信頼するロールには、AWS が文書化している aws:SourceAccount か aws:SourceArn の条件を付け、他のアカウントのリソースからロールを使われないようにします (混乱した代理問題)。',
      en: 'Roles that trust ecs-tasks, events, scheduler or lambda should carry the aws:SourceAccount or aws:SourceArn condition AWS documents, so no other account’s resource can use them (the confused deputy problem).',
    },
    errorIds: [],
    page: 'roles/task-role#confused-deputy-conditions',
    goodExample: 'task-role-invoke-lambda',
    badExample: 'task-role-trust-without-source-account',
  }),
  rule({
    id: 'ec2-trust-with-source-conditions',
    kind: 'confused-deputy',
    severity: 'error',
    roleType: 'instance-role',
    title: { ja: 'EC2 を信頼するロールに aws:Source* の条件がある', en: 'A role that trusts EC2 carries aws:Source* conditions' },
    description: {
      ja: 'EC2 はインスタンスプロファイルのロールを引き受けるときに aws:SourceAccount・aws:SourceArn を送りません。条件を付けるとインスタンスがロールを引き受けられなくなります。',
      en: 'EC2 does not send aws:SourceAccount or aws:SourceArn when it assumes an instance profile’s role; with the condition the instance cannot assume the role.',
    },
    errorIds: ['ecs-instance-role-wrong-trust', 'cred-agent-register-nocred'],
    page: 'roles/container-instance-role#confused-deputy-conditions',
    goodExample: 'instance-role-ec2',
    badExample: 'instance-role-trust-with-source-account',
  }),
  rule({
    id: 'ecr-policy-lambda-without-source-arn',
    kind: 'confused-deputy',
    severity: 'warning',
    roleType: 'ecr-repository-policy',
    title: { ja: 'ECR リポジトリポリシーが aws:sourceARN なしで Lambda を許可している', en: 'The ECR repository policy lets Lambda in without aws:sourceARN' },
    description: {
      ja: 'lambda.amazonaws.com へのステートメントには、イメージを使う関数の ARN を aws:sourceARN 条件で指定します。',
      en: 'A statement for lambda.amazonaws.com should name the functions that use the image in an aws:sourceARN condition.',
    },
    errorIds: [],
    page: 'roles/ecr-repository-policy#confused-deputy-conditions',
    goodExample: 'ecr-policy-lambda-same-account',
    badExample: 'ecr-policy-lambda-any-function',
  }),
  // too-broad
  rule({
    id: 'wildcard-action',
    kind: 'too-broad',
    severity: 'error',
    title: { ja: 'Action が "*" か "サービス:*"', en: 'Action is "*" or "service:*"' },
    description: {
      ja: 'すべてのアクションを許可すると、漏れた認証情報で何でもできてしまいます。必要なアクションを列挙します。',
      en: 'Allowing every action lets leaked credentials do anything; list the actions the role needs.',
    },
    errorIds: [],
    page: 'concepts/trust-and-permissions#two-policies',
    goodExample: 'task-role-invoke-lambda',
    badExample: 'task-role-s3-star',
  }),
  rule({
    id: 'wildcard-resource',
    kind: 'too-broad',
    severity: 'warning',
    title: { ja: 'リソースレベルの権限に対応するアクションを Resource "*" で許可している', en: 'Resource "*" for an action that supports resource-level permissions' },
    description: {
      ja: 'ecr:GetAuthorizationToken のようにリソースを指定できないアクション以外は、対象のリソースの ARN を指定します。',
      en: 'Except for actions that take no resource, such as ecr:GetAuthorizationToken, name the resources’ ARNs.',
    },
    errorIds: [],
    page: 'concepts/trust-and-permissions#two-policies',
    goodExample: 'task-role-invoke-lambda',
    badExample: 'task-role-sqs-any-queue',
  }),
  rule({
    id: 'pass-role-any-role',
    kind: 'too-broad',
    severity: 'warning',
    roleType: 'passrole',
    title: { ja: 'iam:PassRole をすべてのロールに許可している', en: 'iam:PassRole on every role' },
    description: {
      ja: 'Resource "*" の iam:PassRole は、アカウントのどのロールでもサービスに渡せてしまいます。渡すロールの ARN と iam:PassedToService を指定します。',
      en: 'iam:PassRole on "*" lets the principal hand any role in the account to a service; name the roles and iam:PassedToService.',
    },
    errorIds: [],
    page: 'concepts/trust-and-permissions#passed-to-service',
    goodExample: 'passrole-deployer',
    badExample: 'deployer-passrole-any-role',
  }),
  // same-role
  rule({
    id: 'same-role-task-and-execution',
    kind: 'same-role',
    severity: 'warning',
    roleType: 'task-role',
    title: { ja: '同じロールをタスクロールとタスク実行ロールに使っている', en: 'One role is both the task role and the task execution role' },
    description: {
      ja: '1 つのロールを両方に使うと、アプリケーションがシークレットの取得やイメージのプルの権限まで持ちます。役割ごとにロールを分けます。',
      en: 'With one role for both, the application also holds the agent’s permissions (secrets, image pulls). Give each job its own role.',
    },
    errorIds: ['ecs-task-uses-exec-role-as-task-role'],
    page: 'roles/task-role#mistake-same-role',
    goodExample: 'task-definition-two-roles',
    badExample: 'one-role-for-task-and-execution',
  }),
];

const BY_ID = new Map(DOCTOR_RULES.map((r) => [r.id, r]));

/** The rule with this id; throws on an unknown id, since rule ids are fixed in code. */
export function doctorRule(id: string): DoctorRule {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown doctor rule ${id}`);
  return found;
}
