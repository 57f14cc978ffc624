import { App, ArnFormat, Stack, type StackProps } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';

/** Fargate task definition that wires the task role and the task execution role. */
export class TaskDefinitionTwoRolesStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // Roles created elsewhere (see the task role and task execution role examples).
    // mutable: false keeps CDK from adding grants to them behind your back.
    const taskRole = iam.Role.fromRoleArn(this, 'TaskRole', 'arn:aws:iam::123456789012:role/my-app-task-role', { mutable: false });
    const executionRole = iam.Role.fromRoleArn(this, 'TaskExecutionRole', 'arn:aws:iam::123456789012:role/my-app-task-execution-role', {
      mutable: false,
    });

    const taskDefinition = new ecs.FargateTaskDefinition(this, 'TaskDefinition', {
      family: 'my-app',
      cpu: 256,
      memoryLimitMiB: 512,
      taskRole,
      executionRole,
    });

    const logGroup = new logs.LogGroup(this, 'LogGroup', { logGroupName: '/ecs/my-app', retention: logs.RetentionDays.ONE_MONTH });
    const dbSecret = secretsmanager.Secret.fromSecretCompleteArn(
      this,
      'DbSecret',
      this.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: 'my-app/db-AbCdEf', arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
    );
    const apiToken = ssm.StringParameter.fromSecureStringParameterAttributes(this, 'ApiToken', { parameterName: '/my-app/api-token' });
    const configBucket = s3.Bucket.fromBucketName(this, 'ConfigBucket', 'my-config-bucket');

    taskDefinition.addContainer('app', {
      image: ecs.ContainerImage.fromRegistry(`${this.account}.dkr.ecr.${this.region}.amazonaws.com/my-app:1.0.0`),
      essential: true,
      environmentFiles: [ecs.EnvironmentFile.fromBucket(configBucket, 'app/prod.env')],
      secrets: {
        DB_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret),
        API_TOKEN: ecs.Secret.fromSsmParameter(apiToken),
      },
      logging: ecs.LogDrivers.awsLogs({ logGroup, streamPrefix: 'app' }),
    });
  }
}

const app = new App();
new TaskDefinitionTwoRolesStack(app, 'TaskDefinitionTwoRoles');
