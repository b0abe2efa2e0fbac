import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { IngestSink } from '../connectors/forwarder';
import type { IngestMessage } from './ingest-message';

/** SQS takes 10 entries per SendMessageBatch. */
const ENTRIES_PER_CALL = 10;

/**
 * Puts messages on the (standard) ingest queue, ten per request: the one
 * place every producer sends from. Throws when SQS refuses any entry, naming
 * it, so that the caller retries (a standard queue may then hold a batch
 * twice: the detector's accounting counts it, README "Nothing lost").
 * Returns the SQS message ids, in order.
 */
export async function sendIngestMessages(
  sqs: SQSClient,
  queueUrl: string,
  messages: readonly IngestMessage[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < messages.length; i += ENTRIES_PER_CALL) {
    const chunk = messages.slice(i, i + ENTRIES_PER_CALL);
    const r = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map((m, k) => ({ Id: String(k), MessageBody: m.body })),
      }),
    );
    if (r.Failed?.length) throw new Error(`SendMessageBatch failed: ${r.Failed.map((f) => f.Message).join('; ')}`);
    const byEntry = new Map((r.Successful ?? []).map((x) => [x.Id, x.MessageId ?? '']));
    ids.push(...chunk.map((_, k) => byEntry.get(String(k)) ?? ''));
  }
  return ids;
}

/** The ingest queue as a connector's sink: one request per batch. */
export class SqsIngestSink implements IngestSink {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(m: IngestMessage): Promise<void> {
    await sendIngestMessages(this.sqs, this.queueUrl, [m]);
  }
}
