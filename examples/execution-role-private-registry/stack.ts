import { App, ArnFormat, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

const registrySecretName = 'my-registry-credentials';
const registrySecretKmsKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

/** ECS task execution role that authenticates to a private registry with repositoryCredentials. */
export class ExecutionRolePrivateRegistryStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const executionRole = new iam.Role(this, 'TaskExecutionRole', {
      description: 'Task execution role (executionRoleArn) that reads the private registry credentials.',
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com', {
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:ecs:${Aws.REGION}:${Aws.ACCOUNT_ID}:*` },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonECSTaskExecutionRolePolicy')],
    });

    const statements = [
      // The secret's ARN ends in a hyphen and six random characters, hence "-*".
      new iam.PolicyStatement({
        sid: 'ReadRegistryCredentials',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [this.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: `${registrySecretName}-*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
      }),
      new iam.PolicyStatement({
        sid: 'DecryptWithCustomerManagedKey',
        actions: ['kms:Decrypt'],
        resources: [this.formatArn({ service: 'kms', resource: 'key', resourceName: registrySecretKmsKeyId })],
      }),
    ];
    new iam.Policy(this, 'ReadRegistryCredentials', { policyName: 'read-registry-credentials', statements, roles: [executionRole] });

    new CfnOutput(this, 'TaskExecutionRoleArn', { value: executionRole.roleArn });
  }
}

const app = new App();
new ExecutionRolePrivateRegistryStack(app, 'ExecutionRolePrivateRegistry');
