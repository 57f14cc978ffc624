import { App, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** ECS container instance role and instance profile for the EC2 launch type. */
export class InstanceRoleEc2Stack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // EC2 sends no aws:SourceAccount or aws:SourceArn when it assumes an instance role,
    // so the trust policy has no conditions.
    const instanceRole = new iam.Role(this, 'InstanceRole', {
      roleName: 'ecsInstanceRole',
      description: 'Container instance role for the ECS container agent and Docker daemon on EC2.',
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonEC2ContainerServiceforEC2Role')],
    });

    const instanceProfile = new iam.InstanceProfile(this, 'InstanceProfile', {
      instanceProfileName: 'ecsInstanceRole',
      role: instanceRole,
    });

    new CfnOutput(this, 'InstanceProfileName', { value: instanceProfile.instanceProfileName });
    new CfnOutput(this, 'InstanceProfileArn', { value: instanceProfile.instanceProfileArn });
  }
}

const app = new App();
new InstanceRoleEc2Stack(app, 'InstanceRoleEc2');
