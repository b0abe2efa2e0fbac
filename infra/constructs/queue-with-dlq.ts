import { Duration } from 'aws-cdk-lib';
import * as lambdaEvents from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { QueueDef } from '../../resources';

/** A Tocsin queue: encrypted, TLS only, named and retained as defined (the admin CLI and producers look queues up by name). */
export function tocsinQueue(
  scope: Construct,
  id: string,
  p: { queueName: string; fifo?: boolean; retentionDays: number },
): sqs.Queue {
  return new sqs.Queue(scope, id, {
    queueName: p.queueName,
    ...(p.fifo ? { fifo: true } : {}),
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(p.retentionDays),
  });
}

/**
 * A queue and its dead-letter queue from one definition (resources/queues.ts):
 * encrypted, TLS only, physical names from the definition (the admin CLI and
 * producers look queues up by name). The construct is the queue; its DLQ sits
 * beside it (ids `${id}Queue`, `${id}Dlq`), where the stack always had them.
 */
export class QueueWithDlq extends sqs.Queue {
  readonly dlq: sqs.Queue;

  constructor(
    scope: Construct,
    readonly def: QueueDef,
  ) {
    // A FIFO queue's DLQ must be FIFO too.
    const dlq = tocsinQueue(scope, `${def.id}Dlq`, {
      queueName: def.dlqName,
      ...(def.fifo ? { fifo: true } : {}),
      retentionDays: def.dlqRetentionDays,
    });
    super(scope, `${def.id}Queue`, {
      queueName: def.queueName,
      ...(def.fifo ? { fifo: true } : {}),
      ...(def.highThroughput
        ? {
            fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
            deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
          }
        : {}),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(def.visibilityTimeoutSeconds),
      ...(def.retentionDays ? { retentionPeriod: Duration.days(def.retentionDays) } : {}),
      deadLetterQueue: { queue: dlq, maxReceiveCount: def.maxReceiveCount },
    });
    this.dlq = dlq;
  }

  /** The queue as a function's event source: partial batch responses, batching and concurrency from the definition. */
  eventSource(): lambdaEvents.SqsEventSource {
    return new lambdaEvents.SqsEventSource(this, {
      batchSize: this.def.batchSize,
      ...(this.def.maxBatchingWindowSeconds
        ? { maxBatchingWindow: Duration.seconds(this.def.maxBatchingWindowSeconds) }
        : {}),
      reportBatchItemFailures: true,
      maxConcurrency: this.def.maxConcurrency,
    });
  }
}
