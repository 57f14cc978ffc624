/**
 * Realistic inputs for `npm run bench:doctor`: what a team's stack for a few
 * ECS services and a Lambda looks like, with the everyday mistakes the doctor
 * looks for (a wrong principal, a missing task execution role, a secret read
 * by the task role, ECS Exec without its permissions) so the engine does its
 * full work. CloudFormation about 550 lines, Terraform about 400.
 */

interface Service {
  name: string;
  Name: string;
  /** The mistake this service carries, if any. */
  mistake?: 'wrong-principal' | 'no-execution-role' | 'secret-on-task-role' | 'exec-without-permissions';
}

const SERVICES: Service[] = [
  { name: 'orders', Name: 'Orders', mistake: 'wrong-principal' },
  { name: 'payments', Name: 'Payments', mistake: 'no-execution-role' },
  { name: 'catalog', Name: 'Catalog', mistake: 'secret-on-task-role' },
  { name: 'notifications', Name: 'Notifications', mistake: 'exec-without-permissions' },
  { name: 'search', Name: 'Search' },
];

function cfnService(s: Service): string {
  const principal = s.mistake === 'wrong-principal' ? 'ecs.amazonaws.com' : 'ecs-tasks.amazonaws.com';
  const secretOnTask =
    s.mistake === 'secret-on-task-role'
      ? `
              - Effect: Allow
                Action: secretsmanager:GetSecretValue
                Resource: !Ref ${s.Name}Secret`
      : '';
  return `  ${s.Name}TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: ${principal} }
            Action: sts:AssumeRole
            Condition:
              ArnLike:
                aws:SourceArn: !Sub arn:aws:ecs:\${AWS::Region}:\${AWS::AccountId}:*
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
      Policies:
        - PolicyName: ${s.name}-app
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, s3:PutObject]
                Resource: !Sub \${DataBucket.Arn}/${s.name}/*
              - Effect: Allow
                Action: sqs:SendMessage
                Resource: !GetAtt EventsQueue.Arn${secretOnTask}
  ${s.Name}ExecutionRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
      Policies:
        - PolicyName: ${s.name}-secrets
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: secretsmanager:GetSecretValue
                Resource: !Ref ${s.Name}Secret
  ${s.Name}LogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /ecs/${s.name}
      RetentionInDays: 30
  ${s.Name}Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: ${s.name}/database
  ${s.Name}TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: ${s.name}
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "512"
      Memory: "1024"
      TaskRoleArn: !GetAtt ${s.Name}TaskRole.Arn
${s.mistake === 'no-execution-role' ? '' : `      ExecutionRoleArn: !GetAtt ${s.Name}ExecutionRole.Arn\n`}      ContainerDefinitions:
        - Name: app
          Image: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/${s.name}:1.4.2
          Essential: true
          PortMappings:
            - ContainerPort: 8080
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: !Ref ${s.Name}Secret
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref ${s.Name}LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: app
  ${s.Name}Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      LaunchType: FARGATE
      DesiredCount: 2
      TaskDefinition: !Ref ${s.Name}TaskDefinition
      EnableExecuteCommand: ${s.mistake === 'exec-without-permissions' ? 'true' : 'false'}
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
          SecurityGroups: [sg-0123456789abcdef0]
`;
}

const CFN_SHARED = `  Cluster:
    Type: AWS::ECS::Cluster
  DataBucket:
    Type: AWS::S3::Bucket
  EventsQueue:
    Type: AWS::SQS::Queue
  NightlyRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: events.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: run-report
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: ecs:RunTask
                Resource: !Ref CatalogTaskDefinition
              - Effect: Allow
                Action: iam:PassRole
                Resource: [!GetAtt CatalogTaskRole.Arn, !GetAtt CatalogExecutionRole.Arn]
  NightlyRule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: cron(0 18 * * ? *)
      Targets:
        - Id: report
          Arn: !GetAtt Cluster.Arn
          RoleArn: !GetAtt NightlyRole.Arn
          EcsParameters:
            TaskDefinitionArn: !Ref CatalogTaskDefinition
            LaunchType: FARGATE
            NetworkConfiguration:
              AwsVpcConfiguration:
                Subnets: [subnet-0123456789abcdef0]
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
      Policies:
        - PolicyName: queue
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
                Resource: !GetAtt EventsQueue.Arn
              - Effect: Allow
                Action: dynamodb:PutItem
                Resource: !GetAtt AuditTable.Arn
  AuditTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs24.x
      Handler: index.handler
      Role: !GetAtt WorkerRole.Arn
      Timeout: 30
      Code:
        ZipFile: exports.handler = async () => {};
  WorkerQueueMapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Worker
      EventSourceArn: !GetAtt EventsQueue.Arn
      BatchSize: 10
`;

/** A CloudFormation template of about 550 lines: five Fargate services, a scheduled task, a Lambda. */
export function cloudFormationTemplate(): string {
  return `AWSTemplateFormatVersion: "2010-09-09"\nDescription: Orders platform (benchmark input)\nResources:\n${CFN_SHARED}${SERVICES.map(cfnService).join('')}`;
}

function tfService(s: Service): string {
  const principal = s.mistake === 'wrong-principal' ? 'ecs.amazonaws.com' : 'ecs-tasks.amazonaws.com';
  return `
resource "aws_iam_role" "${s.name}_task" {
  name = "${s.name}-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "${principal}" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "${s.name}_task" {
  role = aws_iam_role.${s.name}_task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "\${aws_s3_bucket.data.arn}/${s.name}/*" },
      { Effect = "Allow", Action = "sqs:SendMessage", Resource = aws_sqs_queue.events.arn },${
        s.mistake === 'secret-on-task-role' ? `\n      { Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = aws_secretsmanager_secret.${s.name}.arn },` : ''
      }
    ]
  })
}

resource "aws_iam_role" "${s.name}_execution" {
  name               = "${s.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_trust.json
}

resource "aws_iam_role_policy_attachment" "${s.name}_execution" {
  role       = aws_iam_role.${s.name}_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_secretsmanager_secret" "${s.name}" {
  name = "${s.name}/database"
}

resource "aws_ecs_task_definition" "${s.name}" {
  family                   = "${s.name}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  task_role_arn            = aws_iam_role.${s.name}_task.arn
${s.mistake === 'no-execution-role' ? '' : `  execution_role_arn       = aws_iam_role.${s.name}_execution.arn\n`}  container_definitions = jsonencode([{
    name      = "app"
    image     = "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/${s.name}:1.4.2"
    essential = true
    secrets   = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.${s.name}.arn }]
    logConfiguration = {
      logDriver = "awslogs"
      options = { "awslogs-group" = "/ecs/${s.name}", "awslogs-region" = "ap-northeast-1", "awslogs-stream-prefix" = "app" }
    }
  }])
}

resource "aws_ecs_service" "${s.name}" {
  name                   = "${s.name}"
  cluster                = aws_ecs_cluster.main.id
  task_definition        = aws_ecs_task_definition.${s.name}.arn
  launch_type            = "FARGATE"
  desired_count          = 2
  enable_execute_command = ${s.mistake === 'exec-without-permissions' ? 'true' : 'false'}
  network_configuration {
    subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}
`;
}

const TF_SHARED = `resource "aws_ecs_cluster" "main" {
  name = "orders"
}

resource "aws_s3_bucket" "data" {
  bucket = "orders-data-123456789012"
}

resource "aws_sqs_queue" "events" {
  name = "orders-events"
}

data "aws_iam_policy_document" "ecs_tasks_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "worker" {
  role = aws_iam_role.worker.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource = aws_sqs_queue.events.arn }]
  })
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  runtime       = "nodejs24.x"
  handler       = "index.handler"
  filename      = "worker.zip"
}

resource "aws_lambda_event_source_mapping" "worker" {
  function_name    = aws_lambda_function.worker.arn
  event_source_arn = aws_sqs_queue.events.arn
}
`;

/** The same stack in Terraform, about 400 lines. */
export function terraformConfiguration(): string {
  return TF_SHARED + SERVICES.map(tfService).join('');
}
