import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { IngestSink } from '../connectors/forwarder';
import type { IngestMessage } from './ingest-message';

/** The FIFO ingest queue as a connector's sink: one SendMessage per batch (group = source, deduplication id = hash of batchId). */
export class SqsIngestSink implements IngestSink {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(m: IngestMessage): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: m.body,
        MessageGroupId: m.groupId,
        MessageDeduplicationId: m.dedupId,
      }),
    );
  }
}
