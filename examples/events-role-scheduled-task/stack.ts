import { App, Aws, CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

const ruleName = 'nightly-report';
const clusterName = 'my-cluster';
const taskDefinitionFamily = 'my-app';
const taskRoleName = 'my-app-task-role';
const taskExecutionRoleName = 'my-app-task-execution-role';

/**
 * EventBridge rule that runs an ECS task on Fargate every night, and the target role it uses to call ecs:RunTask.
 * The role is written by hand (not by aws-events-targets.EcsTask) so that its policy is exactly this one.
 */
export class EventsRoleScheduledTaskStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const subnets = new CfnParameter(this, 'Subnets', {
      type: 'List<AWS::EC2::Subnet::Id>',
      description: "Subnets for the task's network interface (awsvpc, required on Fargate).",
    });

    const ruleArn = this.formatArn({ service: 'events', resource: 'rule', resourceName: ruleName });
    const clusterArn = this.formatArn({ service: 'ecs', resource: 'cluster', resourceName: clusterName });
    const familyArn = this.formatArn({ service: 'ecs', resource: 'task-definition', resourceName: taskDefinitionFamily });
    const roleArn = (name: string) => this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: name });

    const eventsRole = new iam.Role(this, 'EventsRole', {
      description: 'EventBridge target role that starts the scheduled ECS task.',
      assumedBy: new iam.ServicePrincipal('events.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnEquals: { 'aws:SourceArn': ruleArn },
        },
      }),
    });

    new iam.Policy(this, 'RunScheduledTask', {
      policyName: 'run-scheduled-task',
      roles: [eventsRole],
      statements: [
        new iam.PolicyStatement({
          sid: 'RunTaskDefinitionOnCluster',
          actions: ['ecs:RunTask'],
          resources: [`${familyArn}:*`],
          conditions: { ArnEquals: { 'ecs:cluster': clusterArn } },
        }),
        new iam.PolicyStatement({
          sid: 'PassTaskAndExecutionRoles',
          actions: ['iam:PassRole'],
          resources: [roleArn(taskRoleName), roleArn(taskExecutionRoleName)],
          conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
        }),
        new iam.PolicyStatement({
          sid: 'TagTasksAtLaunch',
          actions: ['ecs:TagResource'],
          resources: [this.formatArn({ service: 'ecs', resource: 'task', resourceName: `${clusterName}/*` })],
          conditions: { StringEquals: { 'ecs:CreateAction': 'RunTask' } },
        }),
      ],
    });

    new events.CfnRule(this, 'NightlyReportRule', {
      name: ruleName,
      description: 'Runs the report task every day at 18:00 UTC (03:00 JST).',
      scheduleExpression: 'cron(0 18 * * ? *)',
      state: 'ENABLED',
      targets: [
        {
          id: 'run-report-task',
          arn: clusterArn,
          roleArn: eventsRole.roleArn,
          ecsParameters: {
            taskDefinitionArn: familyArn,
            taskCount: 1,
            launchType: 'FARGATE',
            propagateTags: 'TASK_DEFINITION',
            networkConfiguration: {
              awsVpcConfiguration: { subnets: subnets.valueAsList, assignPublicIp: 'DISABLED' },
            },
          },
        },
      ],
    });

    new CfnOutput(this, 'EventsRoleArn', { value: eventsRole.roleArn });
  }
}

const app = new App();
new EventsRoleScheduledTaskStack(app, 'EventsRoleScheduledTask');
