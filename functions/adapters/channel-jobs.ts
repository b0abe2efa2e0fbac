import { ChangeMessageVisibilityCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ChannelJob } from '../domain/channels/channel';

/** The channel-delivery queue (CHANNEL_DELIVERY in resources/): jobs in, and a failed job's backoff. */
export class ChannelJobs {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(jobs: readonly ChannelJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 10) {
      const r = await this.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: jobs.slice(i, i + 10).map((j, n) => ({ Id: String(n), MessageBody: JSON.stringify(j) })),
        }),
      );
      if (r.Failed?.length)
        throw new Error(`could not queue channel jobs: ${r.Failed.map((f) => f.Message).join('; ')}`);
    }
  }

  /** The job comes back after `seconds` (its receive failed: the backoff before the next attempt). */
  async retryAfter(receiptHandle: string, seconds: number): Promise<void> {
    await this.sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.queueUrl,
        ReceiptHandle: receiptHandle,
        VisibilityTimeout: seconds,
      }),
    );
  }
}
