/**
 * Behaves like Lambda's DynamoDB Streams event source mapping on the alerts
 * table: reads each shard in order, invokes the handler with a
 * DynamoDBStreamEvent, and on reported failures re-reads from the first
 * failed record (up to retryAttempts times, then the record is discarded to
 * `onDiscard`, Lambda's on-failure destination).
 */
import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { localContext } from './lambda-context';
import { PollingLoop } from './polling-loop';

export type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

export interface StreamReaderOptions {
  streams: DynamoDBStreamsClient;
  streamArn: string;
  region: string;
  batchSize: number;
  retryAttempts: number;
  handler: StreamHandler;
  functionName: string;
  onDiscard?: (r: DynamoDBRecord, error: string) => void;
  onError?: (e: unknown) => void;
  retryDelayMs?: number;
}

interface ShardState {
  iterator?: string | undefined;
  lastSeq?: string | undefined;
  closed: boolean;
  attempts: number;
}

function toLambdaRecord(r: _Record, arn: string, region: string): DynamoDBRecord {
  const d = r.dynamodb ?? {};
  return {
    eventID: r.eventID,
    eventName: r.eventName as DynamoDBRecord['eventName'],
    eventVersion: r.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: arn,
    dynamodb: {
      Keys: d.Keys as never,
      NewImage: d.NewImage as never,
      OldImage: d.OldImage as never,
      SequenceNumber: d.SequenceNumber,
      SizeBytes: d.SizeBytes,
      StreamViewType: d.StreamViewType,
      ApproximateCreationDateTime: d.ApproximateCreationDateTime
        ? d.ApproximateCreationDateTime.getTime() / 1000
        : undefined,
    },
  };
}

export class AlertStreamReader extends PollingLoop {
  private shards = new Map<string, ShardState>();
  invocations = 0;

  constructor(private readonly o: StreamReaderOptions) {
    super(200, 0);
  }

  protected failed(e: unknown): number {
    // DynamoDB Local now and then invalidates an open iterator (TrimmedDataAccess);
    // reopening from the last record handled is the whole remedy, as in Lambda.
    if (!(e instanceof TrimmedDataAccessException)) this.o.onError?.(e);
    // Iterators do not survive a DynamoDB Local restart: re-open from the last processed record.
    for (const s of this.shards.values()) s.iterator = undefined;
    return 1000;
  }

  private async iterator(shardId: string, s: ShardState): Promise<string | undefined> {
    if (s.iterator) return s.iterator;
    const r = await this.o.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.o.streamArn,
        ShardId: shardId,
        ShardIteratorType: s.lastSeq ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
        ...(s.lastSeq ? { SequenceNumber: s.lastSeq } : {}),
      }),
    );
    s.iterator = r.ShardIterator;
    return s.iterator;
  }

  /** Returns whether any record was handled. */
  protected async passOnce(): Promise<boolean> {
    const d = await this.o.streams.send(new DescribeStreamCommand({ StreamArn: this.o.streamArn }));
    let progressed = false;
    for (const shard of d.StreamDescription?.Shards ?? []) {
      const id = shard.ShardId!;
      // Children wait for their parent to be read to its end, as in Lambda.
      const parent = shard.ParentShardId ? this.shards.get(shard.ParentShardId) : undefined;
      if (parent && !parent.closed) continue;
      const s = this.shards.get(id) ?? { closed: false, attempts: 0 };
      this.shards.set(id, s);
      if (s.closed) continue;
      const it = await this.iterator(id, s);
      if (!it) {
        s.closed = true;
        continue;
      }
      const r = await this.o.streams.send(new GetRecordsCommand({ ShardIterator: it, Limit: this.o.batchSize }));
      const records = r.Records ?? [];
      if (records.length === 0) {
        s.iterator = r.NextShardIterator;
        if (!r.NextShardIterator) s.closed = true;
        continue;
      }
      progressed = true;
      const event: DynamoDBStreamEvent = {
        Records: records.map((x) => toLambdaRecord(x, this.o.streamArn, this.o.region)),
      };
      this.invocations++;
      let failedSeq: string | undefined;
      let error = 'handler failed';
      try {
        const res = await this.o.handler(event, localContext(this.o.functionName));
        failedSeq = res.batchItemFailures
          .map((f) => f.itemIdentifier)
          .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))[0];
      } catch (e) {
        failedSeq = records[0]!.dynamodb!.SequenceNumber!;
        error = String(e);
      }
      if (!failedSeq) {
        s.lastSeq = records.at(-1)!.dynamodb!.SequenceNumber;
        s.iterator = r.NextShardIterator;
        s.attempts = 0;
        continue;
      }
      // Everything before the failure is done; retry from it.
      const before = records.filter((x) => BigInt(x.dynamodb!.SequenceNumber!) < BigInt(failedSeq));
      if (before.length) s.lastSeq = before.at(-1)!.dynamodb!.SequenceNumber;
      s.iterator = undefined;
      s.attempts = before.length ? 1 : s.attempts + 1;
      if (s.attempts > this.o.retryAttempts) {
        const bad = records.find((x) => x.dynamodb!.SequenceNumber === failedSeq)!;
        this.o.onDiscard?.(toLambdaRecord(bad, this.o.streamArn, this.o.region), error);
        s.lastSeq = failedSeq;
        s.attempts = 0;
      } else {
        await new Promise((res) => setTimeout(res, (this.o.retryDelayMs ?? 500) * Math.min(8, s.attempts)));
      }
    }
    return progressed;
  }
}
