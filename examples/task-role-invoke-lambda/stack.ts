import { App, ArnFormat, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** ECS task role that lets the application invoke one Lambda function. */
export class TaskRoleInvokeLambdaStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const taskRole = new iam.Role(this, 'TaskRole', {
      description: 'Task role (taskRoleArn) for the application containers.',
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com', {
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:ecs:${Aws.REGION}:${Aws.ACCOUNT_ID}:*` },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    });

    const functionArn = this.formatArn({
      service: 'lambda',
      resource: 'function',
      resourceName: 'my-fn',
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    taskRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [functionArn, `${functionArn}:*`],
      }),
    );

    new CfnOutput(this, 'TaskRoleArn', { value: taskRole.roleArn });
  }
}

const app = new App();
new TaskRoleInvokeLambdaStack(app, 'TaskRoleInvokeLambda');
