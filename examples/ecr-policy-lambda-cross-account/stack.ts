import { App, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

const repositoryName = 'my-image';
// The account that owns the Lambda functions, in the same Region as this repository.
const functionAccountId = '111122223333';

/** ECR repository whose policy lets Lambda functions in another account of the same Region use its images. */
export class EcrPolicyLambdaCrossAccountStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const repository = new ecr.Repository(this, 'Repository', { repositoryName });
    const actions = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

    // Lets the other account create and update functions that use these images.
    repository.addToResourcePolicy(
      new iam.PolicyStatement({ sid: 'CrossAccountPermission', principals: [new iam.AccountPrincipal(functionAccountId)], actions }),
    );
    // Lets the Lambda service fetch the image again for those functions (for example after they went inactive).
    repository.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'LambdaECRImageCrossAccountRetrievalPolicy',
        principals: [new iam.ServicePrincipal('lambda.amazonaws.com')],
        actions,
        conditions: { StringLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${functionAccountId}:function:*` } },
      }),
    );

    new CfnOutput(this, 'RepositoryUri', { value: repository.repositoryUri });
  }
}

const app = new App();
new EcrPolicyLambdaCrossAccountStack(app, 'EcrPolicyLambdaCrossAccount');
