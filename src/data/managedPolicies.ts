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
];

/** The document of an AWS managed policy by ARN (any partition), or undefined when we do not carry it. */
export function managedPolicyDocument(arn: string): unknown {
  const normalized = arn.replace(/^arn:aws[a-z-]*:/, 'arn:aws:');
  return MANAGED_POLICIES.find((p) => p.arn === normalized)?.document;
}
