/** Creates, on the local emulators, the resources infra/stack.ts defines for AWS, from the same definitions. */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  type ListTablesCommandOutput,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteTopicCommand,
  ListTopicsCommand,
  type ListTopicsCommandOutput,
  type SNSClient,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ListQueuesCommand,
  type ListQueuesCommandOutput,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import {
  CHANNEL_DELIVERY,
  DELIVERY_RETRY,
  EVIDENCE,
  FAN_OUT_SHARD,
  INGEST,
  QUARANTINE,
  type QueueDef,
  SUBSCRIPTION_DLQ,
  TABLES,
  type TableDef,
} from '../../resources';

export interface LocalQueues {
  ingestUrl: string;
  dlqUrl: string;
  dlqArn: string;
  quarantineUrl: string;
  /** Between the stages: the evidence queue (FIFO, group = partition) and its DLQ. */
  evidenceUrl: string;
  evidenceDlqUrl: string;
  retryUrl: string;
  retryDlqUrl: string;
  channelUrl: string;
  channelDlqUrl: string;
  fanOutShardUrl: string;
  fanOutShardDlqUrl: string;
  /** Where SNS would put undeliverable customer messages (fauxqs does not redrive: it stays empty locally). */
  subscriptionDlqUrl: string;
}

/**
 * Tables whose stream the local twin does not enable: the tombstones (their
 * stream is stood in for by tools/local/tombstone-poller.ts: with it on,
 * DynamoDB Local lost an alerts-stream record after a restart).
 */
const NO_LOCAL_STREAM: readonly string[] = [TABLES.tombstones.id];

export function createTableInput(t: TableDef): CreateTableCommandInput {
  const attrs = new Map<string, string>();
  const keys = [t.partitionKey, t.sortKey, ...(t.globalIndexes ?? []).flatMap((g) => [g.partitionKey, g.sortKey])];
  for (const k of keys) if (k) attrs.set(k.name, k.type);
  const schema = (pk: { name: string }, sk?: { name: string }) => [
    { AttributeName: pk.name, KeyType: 'HASH' as const },
    ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
  ];
  return {
    TableName: t.id,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attrs].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType: AttributeType as 'S' | 'N',
    })),
    KeySchema: schema(t.partitionKey, t.sortKey),
    ...(t.globalIndexes?.length
      ? {
          GlobalSecondaryIndexes: t.globalIndexes.map((g) => ({
            IndexName: g.name,
            KeySchema: schema(g.partitionKey, g.sortKey),
            Projection: { ProjectionType: g.projection ?? 'ALL' },
          })),
        }
      : {}),
    ...(t.stream && !NO_LOCAL_STREAM.includes(t.id)
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: t.stream } }
      : {}),
  };
}

export async function createTables(ddb: DynamoDBClient): Promise<void> {
  await Promise.all(
    Object.values(TABLES).map(async (t: TableDef) => {
      try {
        await ddb.send(new CreateTableCommand(createTableInput(t)));
        if (t.ttlAttribute) {
          await ddb.send(
            new UpdateTimeToLiveCommand({
              TableName: t.id,
              TimeToLiveSpecification: { Enabled: true, AttributeName: t.ttlAttribute },
            }),
          );
        }
      } catch (e) {
        if (!(e instanceof ResourceInUseException)) throw e;
      }
    }),
  );
}

/**
 * Empties running emulators of every table, queue and topic (a test's
 * fresh start without a new JVM: DynamoDB Local takes 3-20 s to start on
 * this machine, deleting its in-memory tables milliseconds).
 */
export async function deleteEverything(c: { ddb: DynamoDBClient; sqs: SQSClient; sns: SNSClient }): Promise<void> {
  let start: string | undefined;
  do {
    const r: ListTablesCommandOutput = await c.ddb.send(
      new ListTablesCommand(start ? { ExclusiveStartTableName: start } : {}),
    );
    await Promise.all((r.TableNames ?? []).map((t) => c.ddb.send(new DeleteTableCommand({ TableName: t }))));
    start = r.LastEvaluatedTableName;
  } while (start);
  let next: string | undefined;
  do {
    const r: ListQueuesCommandOutput = await c.sqs.send(
      new ListQueuesCommand({ MaxResults: 1000, ...(next ? { NextToken: next } : {}) }),
    );
    await Promise.all((r.QueueUrls ?? []).map((u) => c.sqs.send(new DeleteQueueCommand({ QueueUrl: u }))));
    next = r.NextToken;
  } while (next);
  next = undefined;
  do {
    const r: ListTopicsCommandOutput = await c.sns.send(new ListTopicsCommand(next ? { NextToken: next } : {}));
    await Promise.all((r.Topics ?? []).map((t) => c.sns.send(new DeleteTopicCommand({ TopicArn: t.TopicArn }))));
    next = r.NextToken;
  } while (next);
}

export async function alertsStreamArn(ddb: DynamoDBClient): Promise<string> {
  const name = TABLES.alerts.id;
  const d = await ddb.send(new DescribeTableCommand({ TableName: name }));
  const arn = d.Table?.LatestStreamArn;
  if (!arn) throw new Error(`table ${name} has no stream`);
  return arn;
}

/** Messages in a queue: visible, in flight and delayed. */
export async function queueDepth(sqs: SQSClient, url: string): Promise<number> {
  const r = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  const a = r.Attributes ?? {};
  return (
    Number(a.ApproximateNumberOfMessages ?? 0) +
    Number(a.ApproximateNumberOfMessagesNotVisible ?? 0) +
    Number(a.ApproximateNumberOfMessagesDelayed ?? 0)
  );
}

/** As infra/constructs/queue-with-dlq.ts builds it on AWS. */
async function queueWithDlq(sqs: SQSClient, q: QueueDef, visibilityTimeoutSeconds: number) {
  const fifo = q.fifo ? { FifoQueue: 'true' } : {};
  const dlqUrl = (
    await sqs.send(
      new CreateQueueCommand({
        QueueName: q.dlqName,
        Attributes: { ...fifo, MessageRetentionPeriod: String(q.dlqRetentionDays * 86400) },
      }),
    )
  ).QueueUrl!;
  const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] })))
    .Attributes!.QueueArn!;
  const url = (
    await sqs.send(
      new CreateQueueCommand({
        QueueName: q.queueName,
        Attributes: {
          ...fifo,
          VisibilityTimeout: String(visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: String(q.maxReceiveCount) }),
        },
      }),
    )
  ).QueueUrl!;
  return { url, dlqUrl, dlqArn };
}

/** The stack's queues, each with its DLQ; `visibilityTimeoutSeconds` may be shortened for tests (the only local override). */
export async function createQueues(
  sqs: SQSClient,
  opts: { visibilityTimeoutSeconds?: number } = {},
): Promise<LocalQueues> {
  const ingest = await queueWithDlq(sqs, INGEST, opts.visibilityTimeoutSeconds ?? INGEST.visibilityTimeoutSeconds);
  const evidence = await queueWithDlq(
    sqs,
    EVIDENCE,
    opts.visibilityTimeoutSeconds ?? EVIDENCE.visibilityTimeoutSeconds,
  );
  const retry = await queueWithDlq(
    sqs,
    DELIVERY_RETRY,
    opts.visibilityTimeoutSeconds ?? DELIVERY_RETRY.visibilityTimeoutSeconds,
  );
  const channel = await queueWithDlq(
    sqs,
    CHANNEL_DELIVERY,
    opts.visibilityTimeoutSeconds ?? CHANNEL_DELIVERY.visibilityTimeoutSeconds,
  );
  // A shard job on a loaded machine can outlast a test's 2 s: it would then run twice at once (harmless for the
  // ledger, but each run queues its channel jobs), so the shortened timeout stops at 10 s for this queue.
  const shards = await queueWithDlq(
    sqs,
    FAN_OUT_SHARD,
    Math.max(opts.visibilityTimeoutSeconds ?? FAN_OUT_SHARD.visibilityTimeoutSeconds, 10),
  );
  const subscriptionDlq = await sqs.send(
    new CreateQueueCommand({
      QueueName: SUBSCRIPTION_DLQ.queueName,
      Attributes: { MessageRetentionPeriod: String(SUBSCRIPTION_DLQ.retentionDays * 86400) },
    }),
  );
  const quarantine = await sqs.send(
    new CreateQueueCommand({
      QueueName: QUARANTINE.queueName,
      Attributes: { FifoQueue: 'true', MessageRetentionPeriod: String(QUARANTINE.retentionDays * 86400) },
    }),
  );
  return {
    ingestUrl: ingest.url,
    dlqUrl: ingest.dlqUrl,
    dlqArn: ingest.dlqArn,
    quarantineUrl: quarantine.QueueUrl!,
    evidenceUrl: evidence.url,
    evidenceDlqUrl: evidence.dlqUrl,
    retryUrl: retry.url,
    retryDlqUrl: retry.dlqUrl,
    channelUrl: channel.url,
    channelDlqUrl: channel.dlqUrl,
    fanOutShardUrl: shards.url,
    fanOutShardDlqUrl: shards.dlqUrl,
    subscriptionDlqUrl: subscriptionDlq.QueueUrl!,
  };
}
