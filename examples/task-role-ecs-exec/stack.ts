import { App, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** ECS task role with the permissions the SSM agent needs for ECS Exec. */
export class TaskRoleEcsExecStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const taskRole = new iam.Role(this, 'TaskRole', {
      description: 'Task role (taskRoleArn) for a task started with enableExecuteCommand.',
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com', {
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:ecs:${Aws.REGION}:${Aws.ACCOUNT_ID}:*` },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    });

    // These four actions have no resource-level permissions, so "*" is the only resource.
    taskRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'EcsExecSsmChannels',
        actions: [
          'ssmmessages:CreateControlChannel',
          'ssmmessages:CreateDataChannel',
          'ssmmessages:OpenControlChannel',
          'ssmmessages:OpenDataChannel',
        ],
        resources: ['*'],
      }),
    );

    new CfnOutput(this, 'TaskRoleArn', { value: taskRole.roleArn });
  }
}

const app = new App();
new TaskRoleEcsExecStack(app, 'TaskRoleEcsExec');
