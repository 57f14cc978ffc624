/**
 * AWS managed policies that examples attach, as documents, so claims can be
 * evaluated without an AWS account. Each is copied from the AWS Managed Policy
 * Reference page named in `source`, at the version given; the drift watch
 * (issue 8) is where a newer version would be noticed.
 */
export interface ManagedPolicy {
  arn: string;
  version: string;
  source: string;
  document: unknown;
}

export const MANAGED_POLICIES: readonly ManagedPolicy[] = [
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    version: 'v1',
    source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonECSTaskExecutionRolePolicy.html',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: '*',
        },
      ],
    },
  },
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    version: 'v1',
    source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html',
    document: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
    },
  },
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    version: 'v8 (2025-08-04)',
    source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonEC2ContainerServiceforEC2Role.html',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'ec2:DescribeTags',
            'ecs:CreateCluster',
            'ecs:DeregisterContainerInstance',
            'ecs:DiscoverPollEndpoint',
            'ecs:Poll',
            'ecs:RegisterContainerInstance',
            'ecs:StartTelemetrySession',
            'ecs:UpdateContainerInstancesState',
            'ecs:Submit*',
            'ecr:GetAuthorizationToken',
            'ecr:BatchCheckLayerAvailability',
            'ecr:GetDownloadUrlForLayer',
            'ecr:BatchGetImage',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
          ],
          Resource: '*',
        },
        { Effect: 'Allow', Action: 'ecs:TagResource', Resource: '*', Condition: { StringEquals: { 'ecs:CreateAction': ['CreateCluster', 'RegisterContainerInstance'] } } },
        { Effect: 'Allow', Action: 'ecs:ListTagsForResource', Resource: ['arn:aws:ecs:*:*:task/*/*', 'arn:aws:ecs:*:*:container-instance/*/*'] },
      ],
    },
  },
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole',
    version: 'v3 (2023-03-06)',
    source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonEC2ContainerServiceEventsRole.html',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ecs:RunTask', Resource: '*' },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringLike: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } } },
        { Effect: 'Allow', Action: 'ecs:TagResource', Resource: '*', Condition: { StringEquals: { 'ecs:CreateAction': ['RunTask'] } } },
      ],
    },
  },
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole',
    version: 'v1',
    source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaSQSQueueExecutionRole.html',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: '*',
        },
      ],
    },
  },
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole',
    version: 'v3',
    source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaVPCAccessExecutionRole.html',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'logs:CreateLogGroup',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
            'ec2:CreateNetworkInterface',
            'ec2:DescribeNetworkInterfaces',
            'ec2:DescribeSubnets',
            'ec2:DeleteNetworkInterface',
            'ec2:AssignPrivateIpAddresses',
            'ec2:UnassignPrivateIpAddresses',
          ],
          Resource: '*',
        },
      ],
    },
  },
];

/** The document of an AWS managed policy by ARN (any partition), or undefined when we do not carry it. */
export function managedPolicyDocument(arn: string): unknown {
  const normalized = arn.replace(/^arn:aws[a-z-]*:/, 'arn:aws:');
  return MANAGED_POLICIES.find((p) => p.arn === normalized)?.document;
}
