import { DockerImage, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { consoleSecurityHeaders } from '../../resources';
import { REPO_ROOT } from '../../resources/repo';
import { buildConsoleSync } from '../../web/build';
import { acknowledgeNag } from './nag';

export interface ConsoleSiteProps {
  /** What the page learns from config.json beside it. */
  apiUrl: string;
  /** Origins the page may call besides its own (the API's). */
  apiOrigin: string;
}

/**
 * The live console: a private bucket read only by CloudFront (origin access
 * control), HTTPS only, security headers on every response, and config.json
 * (the API's URL) deployed beside the page. The page is built by esbuild at
 * synth time, offline (web/build.ts).
 */
export class ConsoleSite extends Construct {
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.Distribution;
  readonly url: string;

  constructor(scope: Construct, id: string, p: ConsoleSiteProps) {
    super(scope, id);
    // Bucket's optional isWebsite does not meet IBucket's under exactOptionalPropertyTypes: the same object, typed as the interface.
    const bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
    }) as unknown as s3.IBucket;
    this.bucket = bucket;
    const headers = consoleSecurityHeaders(p.apiOrigin);
    const standard = new Set([
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
    ]);
    const responseHeaders = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: headers['content-security-policy'] ?? '', override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: Object.entries(headers)
          .filter(([h]) => !standard.has(h))
          .map(([header, value]) => ({ header, value, override: true })),
      },
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Tocsin live console',
      defaultRootObject: 'index.html',
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: responseHeaders,
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    const deployment = new s3deploy.BucketDeployment(this, 'Deploy', {
      sources: [
        s3deploy.Source.asset(`${REPO_ROOT}/web`, {
          bundling: {
            // Never pulled: the local bundling below always succeeds (no Docker).
            image: DockerImage.fromRegistry('scratch'),
            local: {
              tryBundle: (outDir) => {
                buildConsoleSync(outDir);
                return true;
              },
            },
          },
        }),
        s3deploy.Source.jsonData('config.json', { apiUrl: p.apiUrl }),
      ],
      destinationBucket: bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    this.acknowledgeFindings(bucket, deployment);
  }

  private acknowledgeFindings(bucket: s3.IBucket, deployment: s3deploy.BucketDeployment): void {
    const d = this.distribution;
    for (const [id, reason] of [
      [
        'AwsSolutions-CFR1',
        'The console is a static page for customers anywhere in the world; what they may read is decided by the API per key, not by where they are.',
      ],
      [
        'AwsSolutions-CFR2',
        'The distribution serves only static files (no customer data, no forms); the customer API behind it is throttled per stage and per key. A WAF web ACL would add cost for no data to protect.',
      ],
      [
        'AwsSolutions-CFR3',
        'Requests for the static console files carry no customer data; every data request is logged by the API stage (access logs) and the API function.',
      ],
      [
        'AwsSolutions-CFR4',
        'The distribution uses the default cloudfront.net certificate, whose viewer TLS policy CloudFront fixes; a custom domain with its certificate can then set TLSv1.2_2021 as the minimum.',
      ],
    ] as const)
      acknowledgeNag(d, { id, reason });
    acknowledgeNag(bucket, {
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the console build (public static files, replaced on every deploy) and is read only by CloudFront through origin access control; there is nothing to audit in its access logs.',
    });
    // The deployment's handler is one Lambda per stack (CDK's singleton), beside the console's constructs.
    const handler = Stack.of(this).node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error(`no BucketDeployment handler beside ${deployment.node.path}`);
    const why =
      "CDK's BucketDeployment handler (a construct of aws-cdk-lib, run once per deploy to copy the console build into its bucket):";
    acknowledgeNag(handler, {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${why} its role is created by CDK with the basic execution policy for its own logs.`,
    });
    acknowledgeNag(handler, {
      id: 'AwsSolutions-L1',
      reason: `${why} CDK chooses its runtime (it bundles the AWS CLI for Python) and updates it with aws-cdk-lib.`,
    });
    for (const grant of [
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Resource::*',
      `Resource::<${Stack.of(this).getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*`,
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
    ])
      acknowledgeNag(handler, {
        id: `AwsSolutions-IAM5[${grant}]`,
        reason: `${why} CDK grants it read on the deployment asset, write on the console bucket's objects, and CloudFront invalidation (which IAM cannot scope to one distribution).`,
      });
  }
}
