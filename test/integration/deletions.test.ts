/**
 * Deletions on the local emulators: a post deleted after it became evidence
 * (its tombstone written by the connectors' store) is absent from the next
 * message delivered to a customer and from the text `dlq list` shows, and
 * `dlq redrive` re-sends a batch without it (removing one left empty).
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetQueueUrlCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoTombstoneStore } from '../../functions/adapters/dynamo-tombstones';
import { anyMessage } from '../../functions/adapters/ingest-message';
import { sendIngestMessages } from '../../functions/adapters/ingest-queue';
import type { Alert } from '../../functions/domain/alert';
import { TABLES } from '../../resources';
import { type AdminContext, adminContext } from '../../tools/admin/context';
import { addCustomer, subscribeCustomer } from '../../tools/admin/customers';
import { listDlq, redriveDlq } from '../../tools/admin/dlq';
import { refanout } from '../../tools/admin/refanout';
import { type LocalEnvironment, startLocalEnvironment } from '../../tools/local/environment';
import { drainQueue } from '../../tools/local/subscriber';
import { alert } from '../unit/functions/fakes';
import { activeContract, everything } from './support/local-stack';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));

const gone = 'at://did:plc:gone0000000000000000000/app.bsky.feed.post/3kdel';
const kept = 'at://did:plc:kept0000000000000000000/app.bsky.feed.post/3kkeep';
const post = (id: string, text: string) => ({
  id,
  text,
  createdAt: '2026-05-01T10:00:00.000Z',
  author: id.split('/')[2],
  lang: 'en',
});

describe('deleted posts are not shown again', { timeout: 120_000 }, () => {
  let env: LocalEnvironment;
  let ctx: AdminContext;
  let subscriber: string;
  let tombstones: DynamoTombstoneStore;
  const version = (v: number): Alert => ({
    ...alert,
    alertId: 'harbour',
    version: v,
    sources: ['bluesky'],
    evidence: [gone, kept],
  });

  before(async () => {
    env = await startLocalEnvironment({ register: true });
    ctx = adminContext('local', env.clients, async () => undefined);
    tombstones = new DynamoTombstoneStore(env.clients.doc, TABLES.tombstones.id);
    await addCustomer(ctx, {
      id: 'bank',
      name: 'bank',
      sector: 'finance',
      contract: activeContract,
      entitlements: everything,
    });
    await subscribeCustomer(ctx, 'bank', 'sqs', 'sub-bank');
    subscriber = (await env.clients.sqs.send(new GetQueueUrlCommand({ QueueName: 'sub-bank' }))).QueueUrl!;
  });
  after(async () => {
    await env?.stop();
  });

  test('the next delivered message leaves the deleted post out; the one delivered before cannot be recalled', async () => {
    await ctx.alerts.put(version(1), new Date('2026-05-02T01:00:00Z'));
    await refanout(ctx, '2026-05-02T00:00:00.000Z');
    const [first] = await drainQueue(env.clients.sqs, subscriber);
    assert.deepEqual(first?.evidence, [gone, kept], 'before the deletion: both');

    await tombstones.put([{ id: gone, source: 'bluesky', deletedAt: '2026-05-02T01:30:00.000Z' }]);
    await ctx.alerts.put(version(2), new Date('2026-05-02T02:00:00Z'));
    await refanout(ctx, '2026-05-02T01:45:00.000Z');
    const [next] = await drainQueue(env.clients.sqs, subscriber);
    assert.equal(next?.deliveryId, 'harbour#2#bank');
    assert.deepEqual(next?.evidence, [kept]);
    assert.ok(!JSON.stringify(next).includes(gone));
    assert.deepEqual((await ctx.alerts.get('harbour', 2))?.evidence, [gone, kept], 'the stored alert is unchanged');
  });

  test('dlq list redacts the deleted post; dlq redrive re-sends the batch without it and removes a batch left empty', async () => {
    const dlq = await ctx.dlqUrl();
    // The ingest DLQ is a standard queue (the ingest queue's own), as the poison batches arrive there.
    const send = async (batchId: string, posts: unknown[]) => {
      await sendIngestMessages(env.clients.sqs, dlq, [
        anyMessage(JSON.stringify({ batchId, source: 'bluesky', posts })),
      ]);
    };
    await send('b-mixed', [post(gone, 'words its author took back'), post(kept, 'still public')]);
    await send('b-only-deleted', [post(gone, 'words its author took back')]);

    const listed = await listDlq(ctx, ['poison']);
    assert.equal(listed.length, 2);
    for (const m of listed) {
      assert.doesNotMatch(m.body, /took back/);
      assert.match(m.body, /\[deleted by its author at 2026-05-02T01:30:00.000Z\]/);
      assert.equal(m.redacted, 1);
    }
    assert.match(listed.find((m) => m.body.includes('b-mixed'))!.body, /still public/);

    const r = await redriveDlq(ctx, [], ['poison']);
    assert.equal(r.redriven, 1);
    assert.equal(r.droppedPosts, 2);
    assert.deepEqual(r.emptied, [listed.find((m) => m.body.includes('b-only-deleted'))!.messageId]);
    assert.deepEqual(await listDlq(ctx, ['poison']), [], 'both gone from the DLQ');
    const got = await env.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: await ctx.ingestUrl(), MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    assert.equal(got.Messages?.length, 1);
    const batch = JSON.parse(got.Messages![0]!.Body!) as { batchId: string; posts: { id: string }[] };
    assert.equal(batch.batchId, 'b-mixed');
    assert.deepEqual(
      batch.posts.map((p) => p.id),
      [kept],
    );
  });
});
