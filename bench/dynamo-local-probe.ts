/**
 * How DynamoDB Local serves concurrent callers (the scale benchmark's stage 2
 * waits on it): clients, each on its own keys, each reading three items
 * (consistent BatchGetItem) and writing them back in one TransactWriteItems,
 * as stage 2 loads and commits a partition's state, over and over. If the
 * pairs a second stay flat while the callers double, it serves one request at
 * a time and more workers only queue on it.
 */
import { readFileSync } from 'node:fs';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators } from '../tools/local/emulators';
import { percentile } from './common';

export interface DynamoLocalProbe {
  clients: number;
  /** BatchGetItem + TransactWriteItems pairs per second, all clients together. */
  pairsPerSec: number;
  p50Ms: number;
  /** DynamoDB Local's CPU per second of wall time. */
  dynamoCores: number;
}

const TABLE = 'probe';
/** Three items of 3 KB a call: the size of a partition's head and candidates, stored. */
const ITEM = 'x'.repeat(3000);

function cpuSecondsOf(pid: number | undefined): number {
  if (!pid) return 0;
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

export async function probeDynamoLocal(clientCounts: number[], seconds: number): Promise<DynamoLocalProbe[]> {
  const emulators = await startEmulators();
  const client = () =>
    DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: emulators.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
    );
  const admin = client();
  try {
    await admin.send(
      new CreateTableCommand({
        TableName: TABLE,
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const out: DynamoLocalProbe[] = [];
    for (const n of clientCounts) {
      const clients = Array.from({ length: n }, client);
      const latencies: number[] = [];
      const cpu0 = cpuSecondsOf(emulators.pids().dynamo);
      const t0 = Date.now();
      const end = t0 + seconds * 1000;
      await Promise.all(
        clients.map(async (c, w) => {
          const keys = [0, 1, 2].map((k) => ({ pk: `c${w}-${k}` }));
          for (let i = 0; Date.now() < end; i++) {
            const t = performance.now();
            await c.send(new BatchGetCommand({ RequestItems: { [TABLE]: { Keys: keys, ConsistentRead: true } } }));
            await c.send(
              new TransactWriteCommand({
                TransactItems: keys.map((k) => ({ Put: { TableName: TABLE, Item: { ...k, i, v: ITEM } } })),
              }),
            );
            latencies.push(performance.now() - t);
          }
        }),
      );
      const wall = (Date.now() - t0) / 1000;
      out.push({
        clients: n,
        pairsPerSec: Math.round(latencies.length / wall),
        p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
        dynamoCores: Math.round(((cpuSecondsOf(emulators.pids().dynamo) - cpu0) / wall) * 100) / 100,
      });
      for (const c of clients) c.destroy();
    }
    return out;
  } finally {
    admin.destroy();
    await emulators.stop();
  }
}
