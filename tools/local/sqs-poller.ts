/**
 * Behaves like Lambda's SQS event source mapping: long-polls up to batchSize
 * messages, invokes the handler with an SQSEvent, deletes what succeeded and
 * leaves the reported failures to come back after the visibility timeout
 * (and, after maxReceiveCount, to be moved to the DLQ by the queue's redrive policy).
 */
import { DeleteMessageBatchCommand, type Message, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { localContext } from './lambda-context';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface SqsPollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  region: string;
  batchSize: number;
  handler: SqsHandler;
  functionName: string;
  /** How many batches may be in flight at once (Lambda's maxConcurrency). */
  concurrency?: number;
  onError?: (e: unknown) => void;
}

export function toSqsRecord(m: Message, queueArn: string, region: string): SQSRecord {
  const a = m.Attributes ?? {};
  return {
    messageId: m.MessageId!,
    receiptHandle: m.ReceiptHandle!,
    body: m.Body ?? '',
    attributes: {
      ApproximateReceiveCount: a.ApproximateReceiveCount ?? '1',
      SentTimestamp: a.SentTimestamp ?? String(Date.now()),
      SenderId: a.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: a.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: Object.fromEntries(
      Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
        k,
        {
          stringValue: v.StringValue,
          dataType: v.DataType ?? 'String',
          stringListValues: [],
          binaryListValues: [],
        },
      ]),
    ),
    md5OfBody: m.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

export class SqsPoller {
  private running = false;
  private loops: Promise<void>[] = [];
  private abort = new AbortController();
  /** Batches handed to the handler so far. */
  invocations = 0;

  constructor(private readonly o: SqsPollerOptions) {}

  start(): void {
    this.running = true;
    this.loops = Array.from({ length: this.o.concurrency ?? 1 }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        await this.pollOnce();
      } catch (e) {
        if (!this.running) return;
        this.o.onError?.(e);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  private async pollOnce(): Promise<void> {
    const r = await this.o.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: this.o.queueUrl,
        MaxNumberOfMessages: this.o.batchSize,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
      { abortSignal: this.abort.signal },
    );
    const messages = r.Messages ?? [];
    if (messages.length === 0) return;
    const event: SQSEvent = { Records: messages.map((m) => toSqsRecord(m, this.o.queueArn, this.o.region)) };
    this.invocations++;
    let failed: Set<string>;
    try {
      const res = await this.o.handler(event, localContext(this.o.functionName));
      failed = new Set(res.batchItemFailures.map((f) => f.itemIdentifier));
    } catch (e) {
      // A thrown handler fails the whole batch, as in Lambda.
      this.o.onError?.(e);
      failed = new Set(messages.map((m) => m.MessageId!));
    }
    const done = messages.filter((m) => !failed.has(m.MessageId!));
    if (done.length > 0) {
      await this.o.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.o.queueUrl,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
  }
}
