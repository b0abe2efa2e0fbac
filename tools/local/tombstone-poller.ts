/**
 * Stands in for the tombstones table's stream locally: DynamoDB Local, with
 * a second table streaming, lost the first alerts-stream record written after
 * it restarted (the faults test's restart case, reproduced every run), so
 * locally the tombstones table has no stream (resources.ts) and this poller
 * hands each tombstone it has not seen to the redact handler as the INSERT
 * record the stream would carry. A batch that fails is handed again on the
 * next pass, as the stream retries it.
 */

import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { TABLES, TOMBSTONE_STREAM } from '../../resources';
import { localContext } from './lambda-context';
import { PollingLoop } from './polling-loop';
import type { StreamHandler } from './stream-reader';

/** caughtUp: the last pass found no tombstone it had not handled. */
export class TombstonePoller extends PollingLoop {
  private readonly seen = new Set<string>();

  constructor(
    private readonly o: {
      doc: DynamoDBDocumentClient;
      handler: StreamHandler;
      functionName: string;
      onError?: (e: unknown) => void;
    },
  ) {
    super(250, 50);
  }

  protected failed(e: unknown): number {
    this.o.onError?.(e);
    return 50;
  }

  protected async passOnce(): Promise<boolean> {
    const fresh: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.o.doc.send(new ScanCommand({ TableName: TABLES.tombstones.id, ExclusiveStartKey: start }));
      for (const item of r.Items ?? []) if (!this.seen.has(String(item.id))) fresh.push(item);
      start = r.LastEvaluatedKey;
    } while (start);
    if (fresh.length === 0) return false;
    for (let i = 0; i < fresh.length; i += TOMBSTONE_STREAM.batchSize) {
      const batch = fresh.slice(i, i + TOMBSTONE_STREAM.batchSize);
      const records: DynamoDBRecord[] = batch.map((item, k) => ({
        eventID: `local-${String(item.id)}`,
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        dynamodb: { NewImage: marshall(item) as never, SequenceNumber: String(i + k + 1) },
      }));
      const res = await this.o.handler({ Records: records }, localContext(this.o.functionName));
      const failed = new Set(res.batchItemFailures.map((f) => f.itemIdentifier));
      for (const [k, item] of batch.entries()) if (!failed.has(String(i + k + 1))) this.seen.add(String(item.id));
    }
    return true;
  }
}
