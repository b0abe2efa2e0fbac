/**
 * Behaves like Lambda's SQS event source mapping: long-polls up to batchSize
 * messages, invokes the handler with an SQSEvent, deletes what succeeded and
 * leaves the reported failures to come back after the visibility timeout
 * (and, after maxReceiveCount, to be moved to the DLQ by the queue's redrive policy).
 * With a batching window it gathers up to batchSize messages (ten a receive,
 * as SQS allows) until the batch is full or the window ends, as Lambda's
 * pollers do; `configure` changes both on the fly, as UpdateEventSourceMapping
 * does (tools/local/ingest-mode.ts).
 */
import { DeleteMessageBatchCommand, type Message, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { IngestBatching } from '../../functions/domain/ingest-mode';
import { localContext } from './lambda-context';

/** SQS hands out, and deletes, at most ten messages a call. */
const SQS_RECEIVE_MAX = 10;
/** Inside a window, the pause after a receive that found nothing. */
const WINDOW_IDLE_MS = 50;

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface SqsPollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  region: string;
  batchSize: number;
  /** Seconds to gather a batch (0: hand over what the first receive got). */
  maxBatchingWindowSeconds?: number;
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
  /** The largest batch handed over so far. */
  largestBatch = 0;
  private batching: IngestBatching;
  /** The oldest message's age at its receive (ms) since the last `takeOldestAgeMs`: what the queue's backlog was. */
  private oldestAgeMs = 0;

  constructor(private readonly o: SqsPollerOptions) {
    this.batching = { batchSize: o.batchSize, maxBatchingWindowSeconds: o.maxBatchingWindowSeconds ?? 0 };
  }

  /** The batching in force: the next batch gathers with it. */
  get settings(): IngestBatching {
    return { ...this.batching };
  }

  configure(b: IngestBatching): void {
    this.batching = { ...b };
  }

  /** The oldest age seen at receive since the last call, then reset (a period's Maximum). */
  takeOldestAgeMs(): number {
    const age = this.oldestAgeMs;
    this.oldestAgeMs = 0;
    return age;
  }

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

  private async receive(max: number, waitSeconds: number): Promise<Message[]> {
    const r = await this.o.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: this.o.queueUrl,
        MaxNumberOfMessages: Math.min(SQS_RECEIVE_MAX, max),
        WaitTimeSeconds: waitSeconds,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
      { abortSignal: this.abort.signal },
    );
    const messages = r.Messages ?? [];
    const now = Date.now();
    for (const m of messages) {
      const sent = Number(m.Attributes?.SentTimestamp ?? now);
      this.oldestAgeMs = Math.max(this.oldestAgeMs, now - sent);
    }
    return messages;
  }

  /** One batch: the first receive long-polls; with a window, more receives until the batch is full or it ends. */
  private async gather(): Promise<Message[]> {
    const { batchSize, maxBatchingWindowSeconds } = this.batching;
    const messages = await this.receive(batchSize, 1);
    if (messages.length === 0 || maxBatchingWindowSeconds <= 0) return messages;
    const until = Date.now() + maxBatchingWindowSeconds * 1000;
    while (messages.length < batchSize && Date.now() < until && this.running) {
      const more = await this.receive(batchSize - messages.length, 0);
      if (more.length === 0) await new Promise((r) => setTimeout(r, WINDOW_IDLE_MS));
      messages.push(...more);
    }
    return messages;
  }

  private async pollOnce(): Promise<void> {
    const messages = await this.gather();
    if (messages.length === 0) return;
    this.largestBatch = Math.max(this.largestBatch, messages.length);
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
    for (let i = 0; i < done.length; i += SQS_RECEIVE_MAX) {
      await this.o.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.o.queueUrl,
          Entries: done
            .slice(i, i + SQS_RECEIVE_MAX)
            .map((m, j) => ({ Id: String(j), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
  }
}
