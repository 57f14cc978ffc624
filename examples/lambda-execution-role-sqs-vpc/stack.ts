import { App, ArnFormat, Aws, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

const functionName = 'my-fn';
const queueName = 'my-queue';
const environmentKmsKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
// Your VPC: replace with your own IDs.
const vpcId = 'vpc-0123456789abcdef0';
const subnetIds = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const securityGroupId = 'sg-0123456789abcdef0';

/** Lambda execution role for a function in a VPC that reads one SQS queue and has KMS-encrypted environment variables. */
export class LambdaExecutionRoleSqsVpcStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const executionRole = new iam.Role(this, 'ExecutionRole', {
      description: `Lambda execution role for the function ${functionName}.`,
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      // Network interfaces in the VPC: the AWS managed policy, as AWS documents it.
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole')],
    });

    const logGroupArn = this.formatArn({ service: 'logs', resource: 'log-group', resourceName: `/aws/lambda/${functionName}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    const queueArn = this.formatArn({ service: 'sqs', resource: queueName });
    const keyArn = this.formatArn({ service: 'kms', resource: 'key', resourceName: environmentKmsKeyId });
    const policy = new iam.Policy(this, 'LogsQueueAndKey', {
      policyName: 'logs-queue-and-key',
      roles: [executionRole],
      statements: [
        new iam.PolicyStatement({ sid: 'WriteOwnLogs', actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${logGroupArn}:*`] }),
        new iam.PolicyStatement({ sid: 'ConsumeOneQueue', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], resources: [queueArn] }),
        new iam.PolicyStatement({ sid: 'DecryptEnvironmentVariables', actions: ['kms:Decrypt'], resources: [keyArn] }),
      ],
    });

    const queue = new sqs.Queue(this, 'Queue', { queueName, visibilityTimeout: Duration.seconds(180) });

    const vpc = ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
      vpcId,
      availabilityZones: ['ap-northeast-1a', 'ap-northeast-1c'],
      privateSubnetIds: subnetIds,
    });
    const fn = new lambda.Function(this, 'Function', {
      functionName,
      // An immutable reference: every permission is written above, and the construct adds none of its own.
      role: iam.Role.fromRoleArn(this, 'FunctionRole', executionRole.roleArn, { mutable: false }),
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'index.handler',
      timeout: Duration.seconds(30),
      code: lambda.Code.fromInline(['def handler(event, context):', '    for record in event["Records"]:', '        print(record["body"])', ''].join('\n')),
      environment: { LOG_LEVEL: 'info' },
      environmentEncryption: kms.Key.fromKeyArn(this, 'EnvironmentKey', keyArn),
      vpc,
      vpcSubnets: { subnets: vpc.privateSubnets },
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(this, 'FunctionSecurityGroup', securityGroupId)],
    });
    // Lambda checks the role when it creates the function and the mapping: create the policy first.
    fn.node.addDependency(policy);

    // The low-level mapping: it adds no permissions of its own, so the role above is all there is.
    new lambda.EventSourceMapping(this, 'QueueMapping', { target: fn, eventSourceArn: queue.queueArn, batchSize: 10 });

    new CfnOutput(this, 'ExecutionRoleArn', { value: executionRole.roleArn });
  }
}

const app = new App();
new LambdaExecutionRoleSqsVpcStack(app, 'LambdaExecutionRoleSqsVpc');
