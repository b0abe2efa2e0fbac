/**
 * What becomes of the records a batch handler reports as failed. With
 * `throwOnFullBatchFailure: false` (which the handlers need, so that the
 * event source retries exactly the failed records) an invocation whose every
 * record failed still succeeds: Lambda's Errors metric never sees it. So each
 * failed record is logged with its error and counted here, under the
 * handler's own service, and the stack alarms on the count.
 */
import {
  type BasePartialBatchProcessor,
  BatchProcessor,
  EventType,
  processPartialResponse,
} from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, SQSEvent, SQSRecord } from 'aws-lambda';
import { errorMessage } from './errors';
import { flushMetrics, METRICS, type Telemetry } from './observability';

/** A record as the logs name it: an SQS message id (with its receive count), or a stream record's sequence number. */
function recordId(r: unknown): Record<string, string> {
  const sqs = r as Partial<SQSRecord>;
  if (typeof sqs.messageId === 'string')
    return { messageId: sqs.messageId, receives: sqs.attributes?.ApproximateReceiveCount ?? '?' };
  const stream = r as Partial<DynamoDBRecord>;
  return { sequenceNumber: stream.dynamodb?.SequenceNumber ?? '?', eventId: stream.eventID ?? '?' };
}

/** Logs and counts the records the last batch failed (always counted, zero included, so the metric's absence means no batch ran). */
export function reportFailedRecords(
  t: Telemetry,
  processor: Pick<BasePartialBatchProcessor, 'failureMessages' | 'errors'>,
): void {
  const failed = processor.failureMessages;
  failed.forEach((r, i) => {
    t.logger.error('record failed: its event source will deliver it again', {
      ...recordId(r),
      error: errorMessage(processor.errors[i]),
    });
  });
  t.metrics.addMetric(METRICS.recordsFailed, MetricUnit.Count, failed.length);
}

/** Runs one batch: its failed records reported, its metrics flushed whatever happens. */
export async function settleBatch<R>(
  t: Telemetry,
  processor: Pick<BasePartialBatchProcessor, 'failureMessages' | 'errors'>,
  run: () => Promise<R>,
): Promise<R> {
  try {
    const response = await run();
    reportFailedRecords(t, processor);
    return response;
  } finally {
    flushMetrics(t);
  }
}

/**
 * An SQS or alerts-stream batch, record by record (a failed record is reported
 * alone, for its event source to deliver again), settled as above. The
 * processor is this invocation's own: it holds the batch's failures, and the
 * local twin runs invocations side by side.
 */
export function processBatch(
  t: Telemetry,
  event: SQSEvent,
  context: Context,
  record: (r: SQSRecord) => Promise<void>,
): Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
export function processBatch(
  t: Telemetry,
  event: DynamoDBStreamEvent,
  context: Context,
  record: (r: DynamoDBRecord) => Promise<void>,
): Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
export function processBatch(
  t: Telemetry,
  event: SQSEvent | DynamoDBStreamEvent,
  context: Context,
  record: ((r: SQSRecord) => Promise<void>) | ((r: DynamoDBRecord) => Promise<void>),
) {
  // The processor reports SQS records by message id, stream records by sequence number.
  const sqs = event.Records[0] !== undefined && 'messageId' in event.Records[0];
  const processor = new BatchProcessor(sqs ? EventType.SQS : EventType.DynamoDBStreams);
  return settleBatch(t, processor, () =>
    processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false }),
  );
}
