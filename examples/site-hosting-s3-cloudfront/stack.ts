import { App, Aws, CfnOutput, CfnParameter, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

// Docusaurus (trailingSlash: false) writes docs/intro.html for /docs/intro:
// add index.html to folder paths and .html to paths without an extension.
const CLEAN_URLS = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.split('/').pop().indexOf('.') === -1) {
    request.uri = uri + '.html';
  }
  return request;
}
`;

// The sha256 is Docusaurus's inline color-mode script (scripts/checkSite.ts compares it with the build);
// 'wasm-unsafe-eval' lets pages compile WebAssembly (the in-browser Terraform parser), not run eval().
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-4wCHErpgP+wIubudUb+dZglmd4kxbeLIpBQk8OuIULE='; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** A private S3 bucket that only this CloudFront distribution may read (OAC), and the role GitHub Actions deploys with. */
export class SiteHostingStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const repository = new CfnParameter(this, 'GitHubRepository', {
      type: 'String',
      default: 'example-org/rolebook',
      allowedPattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
      description: 'owner/name of the repository whose main branch may deploy.',
    });

    // Private: no public access, no ACLs, encrypted at rest, HTTPS only (enforceSSL adds the deny statement).
    const bucket = new s3.Bucket(this, 'SiteBucket', {
      bucketName: `rolebook-site-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });

    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeadersPolicy', {
      comment: 'Security headers for a static Docusaurus site that loads nothing from elsewhere.',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.seconds(63072000), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
      },
    });

    const cleanUrls = new cloudfront.Function(this, 'CleanUrlsFunction', {
      comment: 'Maps extensionless paths to the .html files Docusaurus writes.',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(CLEAN_URLS),
    });

    // withOriginAccessControl adds the bucket policy statement for cloudfront.amazonaws.com with
    // AWS:SourceArn set to this distribution, and an origin access control that signs every request.
    const originAccessControl = new cloudfront.S3OriginAccessControl(this, 'OriginAccessControl', {
      description: 'CloudFront signs every request to the bucket (SigV4).',
      signing: cloudfront.Signing.SIGV4_ALWAYS,
    });
    const distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Rolebook',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(bucket, { originAccessControl, originAccessLevels: [cloudfront.AccessLevel.READ] }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
        compress: true,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: cleanUrls }],
      },
      // Without s3:ListBucket, S3 answers 403 for a missing object; both become the site's 404 page.
      errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.seconds(60) })),
    });

    // GitHub Actions on the main branch of the repository uploads the site and invalidates the cache.
    // The account's OIDC provider for token.actions.githubusercontent.com must exist (create it once per account).
    const deployRole = new iam.Role(this, 'DeployRole', {
      description: 'Assumed by GitHub Actions (OIDC) to publish the site.',
      assumedBy: new iam.WebIdentityPrincipal(`arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com`, {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': `repo:${repository.valueAsString}:ref:refs/heads/main`,
        },
      }),
    });
    deployRole.addToPolicy(new iam.PolicyStatement({ sid: 'ListSiteBucket', actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    deployRole.addToPolicy(new iam.PolicyStatement({ sid: 'WriteSiteObjects', actions: ['s3:PutObject', 's3:DeleteObject'], resources: [bucket.arnForObjects('*')] }));
    deployRole.addToPolicy(new iam.PolicyStatement({ sid: 'InvalidateDistribution', actions: ['cloudfront:CreateInvalidation'], resources: [distribution.distributionArn] }));

    new CfnOutput(this, 'BucketName', { description: 'aws s3 sync build/ s3://<this>/', value: bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { description: 'aws cloudfront create-invalidation --distribution-id <this>', value: distribution.distributionId });
    new CfnOutput(this, 'SiteUrl', { description: 'SITE_URL for the build (until a custom domain is added).', value: `https://${distribution.distributionDomainName}` });
    new CfnOutput(this, 'DeployRoleArn', { description: 'role-to-assume for aws-actions/configure-aws-credentials.', value: deployRole.roleArn });
  }
}

const app = new App();
new SiteHostingStack(app, 'SiteHosting');
