import { App, ArnFormat, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

const configBucketName = 'my-config-bucket';
const envFileKey = 'app/prod.env';
const secretsKmsKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

/** ECS task execution role that pulls from ECR, writes awslogs, and reads an env file and secrets. */
export class ExecutionRoleSecretsEnvFileStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const executionRole = new iam.Role(this, 'TaskExecutionRole', {
      description: 'Task execution role (executionRoleArn) used by the ECS and Fargate agents.',
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com', {
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:ecs:${Aws.REGION}:${Aws.ACCOUNT_ID}:*` },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonECSTaskExecutionRolePolicy')],
    });

    const bucketArn = `arn:${Aws.PARTITION}:s3:::${configBucketName}`;
    const statements = [
      new iam.PolicyStatement({ sid: 'ReadEnvFile', actions: ['s3:GetObject'], resources: [`${bucketArn}/${envFileKey}`] }),
      new iam.PolicyStatement({ sid: 'LocateEnvFileBucket', actions: ['s3:GetBucketLocation'], resources: [bucketArn] }),
      new iam.PolicyStatement({
        sid: 'ReadSecrets',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [this.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: 'my-app/db-*', arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
      }),
      new iam.PolicyStatement({
        sid: 'ReadParameters',
        actions: ['ssm:GetParameters'],
        resources: [this.formatArn({ service: 'ssm', resource: 'parameter', resourceName: 'my-app/*' })],
      }),
      new iam.PolicyStatement({
        sid: 'DecryptWithCustomerManagedKey',
        actions: ['kms:Decrypt'],
        resources: [this.formatArn({ service: 'kms', resource: 'key', resourceName: secretsKmsKeyId })],
      }),
    ];
    new iam.Policy(this, 'ReadEnvFileAndSecrets', { policyName: 'read-env-file-and-secrets', statements, roles: [executionRole] });

    new CfnOutput(this, 'TaskExecutionRoleArn', { value: executionRole.roleArn });
  }
}

const app = new App();
new ExecutionRoleSecretsEnvFileStack(app, 'ExecutionRoleSecretsEnvFile');
