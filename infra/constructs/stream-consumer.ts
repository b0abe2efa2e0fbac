import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as lambdaEvents from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ALERT_STREAM } from '../../resources';
import { acknowledgeNag } from './nag';

/**
 * A table's stream as a function's event source, with the queue where records
 * it gave up on are parked (ALERT_STREAM in resources/queues.ts): partial
 * batch responses, bisection, bounded retries and age, chosen events only.
 * The failure queue sits in the given scope, where the stack always had it.
 */
export class StreamConsumer extends lambdaEvents.DynamoEventSource {
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, table: dynamodb.Table, def = ALERT_STREAM) {
    const failureQueue = new sqs.Queue(scope, def.failureQueue.id, {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(def.failureQueue.retentionDays),
    });
    acknowledgeNag(failureQueue, {
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the on-failure destination (dead-letter) of the alerts-stream event source mapping; a DLQ of a DLQ adds nothing.',
    });
    // A Table is an ITable; exactOptionalPropertyTypes alone tells them apart (`tableStreamArn: string | undefined` against `tableStreamArn?: string`).
    super(table as dynamodb.ITable, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: def.batchSize,
      bisectBatchOnError: true,
      retryAttempts: def.retryAttempts,
      maxRecordAge: Duration.seconds(def.maxRecordAgeSeconds),
      reportBatchItemFailures: true,
      onFailure: new lambdaEvents.SqsDlq(failureQueue),
      filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual(def.eventName) })],
    });
    this.failureQueue = failureQueue;
  }

  override bind(target: lambda.IFunction): void {
    super.bind(target);
    const policy = target.role?.node.tryFindChild('DefaultPolicy');
    if (!policy) throw new Error(`${target.node.path}: a stream consumer needs a role with a default policy`);
    acknowledgeNag(policy, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams (added by the DynamoDB event source for the alerts stream) does not support resource-level permissions; every other stream action is scoped to the alerts table stream ARN.',
    });
  }
}
