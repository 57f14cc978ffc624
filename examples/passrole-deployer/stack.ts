import { App, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

const taskDefinitionFamily = 'my-app';
const taskRoleName = 'my-app-task-role';
const taskExecutionRoleName = 'my-app-task-execution-role';

/** A deployer role that may register one task definition family and pass its two ECS roles to ECS tasks only. */
export class PassRoleDeployerStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // An AWS account principal: callers in this account still need sts:AssumeRole on this role.
    const deployerRole = new iam.Role(this, 'DeployerRole', {
      description: 'Role that CI assumes to register task definitions.',
      assumedBy: new iam.AccountRootPrincipal(),
    });

    const roleArn = (roleName: string) => this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: roleName });
    new iam.ManagedPolicy(this, 'DeployerPolicy', {
      managedPolicyName: 'register-task-definition-and-pass-roles',
      description: 'Register task definitions of one family and pass its task role and task execution role to ECS tasks.',
      roles: [deployerRole],
      statements: [
        new iam.PolicyStatement({
          sid: 'RegisterTaskDefinition',
          actions: ['ecs:RegisterTaskDefinition'],
          resources: [this.formatArn({ service: 'ecs', resource: 'task-definition', resourceName: `${taskDefinitionFamily}:*` })],
        }),
        new iam.PolicyStatement({
          sid: 'PassTheTwoEcsRoles',
          actions: ['iam:PassRole'],
          resources: [roleArn(taskRoleName), roleArn(taskExecutionRoleName)],
          conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
        }),
      ],
    });

    new CfnOutput(this, 'DeployerRoleArn', { value: deployerRole.roleArn });
  }
}

const app = new App();
new PassRoleDeployerStack(app, 'PassRoleDeployer');
