import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as lambdaEvents from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { ALERT_STREAM } from '../../resources';
import { acknowledgeNag } from './nag';

/** A stream's consumption settings (ALERT_STREAM, TOMBSTONE_STREAM). */
export type StreamDef = Omit<typeof ALERT_STREAM, 'failures'> & { failures: { id: string; retentionDays: number } };

/** Where Lambda writes the objects of an event source mapping's failed batches. */
const FAILURE_OBJECTS = 'aws/lambda/*';
/** The bucket's request metrics, by which an alarm sees a failed batch arrive. */
export const FAILURE_METRICS_FILTER = 'EntireBucket';

/**
 * The on-failure destination, with exactly the permissions Lambda needs to
 * write there (s3:PutObject under its prefix, s3:ListBucket), where CDK's
 * S3OnFailureDestination would grant read and delete too.
 */
class FailureBucketDestination implements lambda.IEventSourceDlq {
  constructor(private readonly bucket: s3.Bucket) {}

  bind(_target: lambda.IEventSourceMapping, fn: lambda.IFunction): lambda.DlqDestinationConfig {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'WriteFailedBatches',
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(FAILURE_OBJECTS)],
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ListFailedBatches',
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );
    return { destination: this.bucket.bucketArn };
  }
}

/**
 * A table's stream as a function's event source, with the bucket where the
 * batches it gave up on are kept whole (ALERT_STREAM in resources/queues.ts):
 * partial batch responses, bisection, bounded retries and age, chosen events
 * only. The bucket sits in the given scope.
 */
export class StreamConsumer extends lambdaEvents.DynamoEventSource {
  readonly failures: s3.Bucket;

  constructor(scope: Construct, table: dynamodb.Table, def: StreamDef = ALERT_STREAM) {
    const failures = new s3.Bucket(scope, def.failures.id, {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          expiration: Duration.days(def.failures.retentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      metrics: [{ id: FAILURE_METRICS_FILTER }],
      // What failed is evidence of an incident: it outlives the stack, and expires by its lifecycle.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeNag(failures, {
      id: 'AwsSolutions-S1',
      reason:
        'Only the fan-out role may write here (s3:PutObject under aws/lambda/), through its event source mapping; server access logs would need a log bucket of their own for a bucket that holds a few failed batches, and CloudTrail records the writes.',
    });
    // A Table is an ITable; exactOptionalPropertyTypes alone tells them apart (`tableStreamArn: string | undefined` against `tableStreamArn?: string`).
    super(table as dynamodb.ITable, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: def.batchSize,
      bisectBatchOnError: true,
      retryAttempts: def.retryAttempts,
      maxRecordAge: Duration.seconds(def.maxRecordAgeSeconds),
      reportBatchItemFailures: true,
      onFailure: new FailureBucketDestination(failures),
      filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual(def.eventName) })],
    });
    this.failures = failures;
  }

  override bind(target: lambda.IFunction): void {
    super.bind(target);
    const policy = target.role?.node.tryFindChild('DefaultPolicy');
    if (!policy) throw new Error(`${target.node.path}: a stream consumer needs a role with a default policy`);
    acknowledgeNag(policy, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams (added by the DynamoDB event source for a table stream) does not support resource-level permissions; every other stream action is scoped to that table stream ARN.',
    });
    acknowledgeNag(policy, {
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this.failures).getLogicalId(this.failures.node.defaultChild as s3.CfnBucket)}.Arn>/${FAILURE_OBJECTS}]`,
      reason:
        'Lambda names each failed-batch object itself (aws/lambda/<mapping id>/<shard>/<date>/<uuid>), so s3:PutObject can only be scoped to that prefix of the failure bucket.',
    });
  }
}
