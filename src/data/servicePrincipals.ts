/**
 * Service principals that Rolebook's snippets and the checks may meet.
 *
 * cfn-lint validates action names but not service principals (a trust policy
 * naming `ecs-task.amazonaws.com` lints cleanly and then fails at deploy time),
 * and the IAM data set has no principal list, so this list is ours. Each entry
 * comes from the AWS documentation page named beside it. A principal that is not
 * here is reported so that a typo cannot reach a page; add a real one here with
 * its source.
 */
export interface ServicePrincipalInfo {
  principal: string;
  /** The AWS documentation page that names it. */
  source: string;
}

export const SERVICE_PRINCIPALS: readonly ServicePrincipalInfo[] = [
  { principal: 'ecs-tasks.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html' },
  { principal: 'ecs.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html' },
  { principal: 'ec2.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html' },
  { principal: 'events.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html' },
  { principal: 'scheduler.amazonaws.com', source: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html' },
  { principal: 'lambda.amazonaws.com', source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html' },
  { principal: 'edgelambda.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-permissions.html' },
  { principal: 'states.amazonaws.com', source: 'https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html' },
  { principal: 'cloudfront.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html' },
  { principal: 'ssm.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/iam-role-ecsanywhere.html' },
  { principal: 'application-autoscaling.amazonaws.com', source: 'https://docs.aws.amazon.com/autoscaling/application/userguide/security_iam_service-with-iam.html' },
  { principal: 'autoscaling.amazonaws.com', source: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html' },
  { principal: 'codebuild.amazonaws.com', source: 'https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html' },
  { principal: 'codedeploy.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/codedeploy_IAM_role.html' },
  { principal: 'codepipeline.amazonaws.com', source: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/security-iam.html' },
  { principal: 'cloudformation.amazonaws.com', source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html' },
  { principal: 'apigateway.amazonaws.com', source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html' },
  { principal: 's3.amazonaws.com', source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html' },
  { principal: 'sns.amazonaws.com', source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html' },
  { principal: 'sqs.amazonaws.com', source: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-authentication-and-access-control.html' },
  { principal: 'logs.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html' },
  { principal: 'delivery.logs.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html' },
  { principal: 'monitoring.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-service-linked-roles.html' },
  { principal: 'elasticloadbalancing.amazonaws.com', source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-service-linked-roles.html' },
  { principal: 'batch.amazonaws.com', source: 'https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html' },
  { principal: 'pipes.amazonaws.com', source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-permissions.html' },
  { principal: 'firehose.amazonaws.com', source: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html' },
  { principal: 'kms.amazonaws.com', source: 'https://docs.aws.amazon.com/kms/latest/developerguide/using-service-linked-roles.html' },
  { principal: 'secretsmanager.amazonaws.com', source: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html' },
  { principal: 'backup.amazonaws.com', source: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/iam-service-roles.html' },
  { principal: 'ecr.amazonaws.com', source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/using-service-linked-roles.html' },
  { principal: 'cloudtrail.amazonaws.com', source: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html' },
  { principal: 'config.amazonaws.com', source: 'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html' },
];

const KNOWN = new Set(SERVICE_PRINCIPALS.map((p) => p.principal));

export function isKnownServicePrincipal(principal: string): boolean {
  return KNOWN.has(principal);
}

/** The known principal closest to a misspelt one, when it is close enough to be a typo. */
export function closestServicePrincipal(principal: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN) {
    const d = editDistance(principal, known);
    if (d < bestDistance) {
      bestDistance = d;
      best = known;
    }
  }
  return bestDistance <= 3 ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
