import { App, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** ECR repository whose policy lets Lambda functions of this account use its images. */
export class EcrPolicyLambdaSameAccountStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const repository = new ecr.Repository(this, 'Repository', { repositoryName: 'my-image' });
    repository.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'LambdaECRImageRetrievalPolicy',
        principals: [new iam.ServicePrincipal('lambda.amazonaws.com')],
        actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        // Only functions of this account: the confused-deputy condition for the Lambda service.
        conditions: { StringLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${Aws.ACCOUNT_ID}:function:*` } },
      }),
    );

    new CfnOutput(this, 'RepositoryUri', { value: repository.repositoryUri });
  }
}

const app = new App();
new EcrPolicyLambdaSameAccountStack(app, 'EcrPolicyLambdaSameAccount');
