import { App, Aws, CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type { Construct } from 'constructs';

const scheduleName = 'nightly-report';
const scheduleGroupName = 'default';
const clusterName = 'my-cluster';
const taskDefinitionFamily = 'my-app';
const taskRoleName = 'my-app-task-role';
const taskExecutionRoleName = 'my-app-task-execution-role';

/** EventBridge Scheduler schedule that runs an ECS task on Fargate every night, and the execution role it uses to call ecs:RunTask. */
export class SchedulerRoleEcsTaskStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const subnets = new CfnParameter(this, 'Subnets', {
      type: 'List<AWS::EC2::Subnet::Id>',
      description: "Subnets for the task's network interface (awsvpc, required on Fargate).",
    });

    // Scheduler sends the schedule group's ARN as aws:SourceArn, not the schedule's.
    const scheduleGroupArn = this.formatArn({ service: 'scheduler', resource: 'schedule-group', resourceName: scheduleGroupName });
    const clusterArn = this.formatArn({ service: 'ecs', resource: 'cluster', resourceName: clusterName });
    const familyArn = this.formatArn({ service: 'ecs', resource: 'task-definition', resourceName: taskDefinitionFamily });
    const roleArn = (name: string) => this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: name });

    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      description: 'EventBridge Scheduler execution role that starts the scheduled ECS task.',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnEquals: { 'aws:SourceArn': scheduleGroupArn },
        },
      }),
    });

    new iam.Policy(this, 'RunScheduledTask', {
      policyName: 'run-scheduled-task',
      roles: [schedulerRole],
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

    new scheduler.CfnSchedule(this, 'NightlyReportSchedule', {
      name: scheduleName,
      groupName: scheduleGroupName,
      description: 'Runs the report task every day at 03:00 Tokyo time.',
      scheduleExpression: 'cron(0 3 * * ? *)',
      scheduleExpressionTimezone: 'Asia/Tokyo',
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: clusterArn,
        roleArn: schedulerRole.roleArn,
        ecsParameters: {
          taskDefinitionArn: familyArn,
          taskCount: 1,
          launchType: 'FARGATE',
          propagateTags: 'TASK_DEFINITION',
          networkConfiguration: {
            awsvpcConfiguration: { subnets: subnets.valueAsList, assignPublicIp: 'DISABLED' },
          },
        },
      },
    });

    new CfnOutput(this, 'SchedulerRoleArn', { value: schedulerRole.roleArn });
  }
}

const app = new App();
new SchedulerRoleEcsTaskStack(app, 'SchedulerRoleEcsTask');
