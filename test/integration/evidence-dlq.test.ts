/**
 * The evidence DLQ (stage 2's poison) through the admin CLI on the local
 * emulators: `dlq list --queue evidence` shows each entry with its reason,
 * the words of a post deleted since redacted; `dlq redrive --queue evidence`
 * sends the evidence back to the evidence queue (its partition's group)
 * without the deleted post, removes an entry left empty, and leaves in place
 * what is no evidence message.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoTombstoneStore } from '../../functions/adapters/dynamo-tombstones';
import { decodeEvidenceBody, evidenceBodies, partsOf } from '../../functions/adapters/evidence-queue';
import { Quarantine } from '../../functions/adapters/quarantine';
import { defaultModel, scoreBatch } from '../../functions/domain/detector';
import type { Post } from '../../functions/domain/post';
import { EVIDENCE, TABLES } from '../../resources';
import { type AdminContext, adminContext } from '../../tools/admin/context';
import { listDlq, redriveDlq } from '../../tools/admin/dlq';
import { type LocalEnvironment, startLocalEnvironment } from '../../tools/local/environment';
import { EXPLOSION_TEXTS } from './support/posts';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));

const gone = 'at://did:plc:gone0000000000000000000/app.bsky.feed.post/3kdel';
const kept = 'at://did:plc:kept0000000000000000000/app.bsky.feed.post/3kkeep';
const post = (id: string, text: string): Post => ({
  id,
  text,
  createdAt: '2026-05-01T10:00:00.000Z',
  source: 'bluesky',
  author: { id: id.split('/')[2]! },
  lang: 'en',
});
/** What stage 1 sends for these posts: one body per partition. */
const evidenceOf = (batchId: string, posts: Post[]) =>
  evidenceBodies(partsOf(scoreBatch(batchId, posts, defaultModel()).messages, Date.parse('2026-05-01T10:00:01.000Z')));

describe('the evidence DLQ through the admin CLI', { timeout: 120_000 }, () => {
  let env: LocalEnvironment;
  let ctx: AdminContext;

  before(async () => {
    env = await startLocalEnvironment();
    ctx = adminContext('local', env.clients, async () => undefined);
  });
  after(async () => {
    await env?.stop();
  });

  test('list redacts the deleted post and names each reason; redrive re-sends to the evidence queue without it', async () => {
    const [mixed] = evidenceOf('b-mixed', [post(gone, EXPLOSION_TEXTS[0]!), post(kept, EXPLOSION_TEXTS[1]!)]);
    const [onlyGone] = evidenceOf('b-gone', [post(gone, EXPLOSION_TEXTS[0]!)]);
    assert.ok(mixed && onlyGone, 'the posts are evidence');
    const parts = (body: string) => {
      const d = decodeEvidenceBody(body);
      assert.ok(d.ok, 'an evidence body');
      return d.parts;
    };
    assert.equal(parts(mixed.body)[0]?.evidence.length, 2);
    const word = /explosion/i;
    assert.match(mixed.body, word, 'the evidence carries the words of the text (its terms)');

    const dlqUrl = await ctx.queueUrl(EVIDENCE.dlqName);
    // As the aggregate function parks them: a message that failed on every receive, and one that never decoded.
    const parked = new Quarantine(env.clients.sqs, { badInput: dlqUrl, poison: dlqUrl });
    await parked.put({
      kind: 'poison',
      reason: 'failed 5 times: boom',
      sourceMessageId: 'm-mixed',
      payload: mixed.body,
    });
    await parked.put({
      kind: 'poison',
      reason: 'not an evidence message: evidence.0.id: required',
      sourceMessageId: 'm-bad',
      payload: JSON.stringify({ id: 'x', partition: 'inc', evidence: [{}] }),
    });
    // A packed message one of whose parts is not evidence, parked whole on its last receive.
    const packed = JSON.parse(mixed.body) as { partition: string; parts: unknown[] };
    await parked.put({
      kind: 'poison',
      reason: 'failed 5 times: part-bad',
      sourceMessageId: 'm-part-bad',
      payload: JSON.stringify({ ...packed, parts: [...packed.parts, { id: 'broken', now: 1 }] }),
    });
    // Moved by the queue's redrive policy (the function timed out): the original message itself, no reason attached.
    await env.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: dlqUrl,
        MessageBody: onlyGone.body,
        MessageGroupId: onlyGone.partition,
        MessageDeduplicationId: 'only-gone',
      }),
    );
    await new DynamoTombstoneStore(env.clients.doc, TABLES.tombstones.id).put([
      { id: gone, source: 'bluesky', deletedAt: '2026-05-02T01:30:00.000Z' },
    ]);

    const listed = await listDlq(ctx, ['evidence']);
    assert.equal(listed.length, 4);
    const byBody = (s: string) => listed.find((m) => m.body.includes(s))!;
    const [lm, lb, lg, lp] = [byBody('m-mixed'), byBody('m-bad'), byBody('b-gone'), byBody('m-part-bad')];
    assert.deepEqual(
      [lm.reason, lb.reason],
      ['failed 5 times: boom', 'not an evidence message: evidence.0.id: required'],
    );
    assert.match(lg.reason, new RegExp(`failed ${EVIDENCE.maxReceiveCount} times`));
    assert.deepEqual([lm.redacted, lb.redacted, lg.redacted], [1, 0, 1]);
    assert.doesNotMatch(lg.body, word, "the deleted post's words are not shown");
    assert.match(lg.body, /\[deleted by its author at 2026-05-02T01:30:00.000Z\]/);
    assert.equal(
      listed.every((m) => m.queue === 'evidence'),
      true,
    );
    assert.equal((await listDlq(ctx, ['evidence'])).length, 4, 'listing leaves them in place');

    const r = await redriveDlq(ctx, [], ['evidence']);
    // The mixed message's good parts go on; its bad part is parked alone.
    assert.equal(r.redriven, 2);
    assert.equal(r.droppedPosts, 3);
    assert.deepEqual(r.emptied, [lg.messageId]);
    assert.deepEqual(r.notEvidence, [lb.messageId]);
    assert.deepEqual(r.partsParked, [`${lp.messageId}#part-1`]);
    const left = await listDlq(ctx, ['evidence']);
    assert.equal(left.length, 2, 'the entry that is no evidence message, and the bad part alone');
    assert.ok(left.some((m) => m.messageId === lb.messageId));
    const alone = left.find((m) => m.messageId !== lb.messageId)!;
    assert.match(alone.reason, new RegExp(`part 1 of evidence DLQ entry ${lp.messageId} is not evidence`));
    assert.match(alone.body, /broken/);
    assert.doesNotMatch(alone.body, new RegExp(kept), 'the good parts are not parked again');
    // Re-driven again, the part alone stays: nothing in it decodes.
    const again = await redriveDlq(ctx, [alone.messageId], ['evidence']);
    assert.deepEqual([again.redriven, again.notEvidence], [0, [alone.messageId]]);

    const got = await env.clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: await ctx.queueUrl(EVIDENCE.queueName),
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ['MessageGroupId'],
      }),
    );
    // One message per entry re-driven (m-mixed, and m-part-bad's good part), each without the deleted post.
    assert.equal(got.Messages?.length, 2);
    for (const m of got.Messages!) {
      const [sent, ...more] = parts(m.Body!);
      assert.equal(more.length, 0);
      assert.deepEqual(
        sent?.evidence.map((e) => e.id),
        [kept],
      );
      assert.equal(sent?.partition, mixed.partition);
      assert.match(sent?.id ?? '', /#redrive-/, 'under an id of its own: stage 2 would skip the original as applied');
      assert.equal(m.Attributes?.MessageGroupId, mixed.partition, "in its partition's group");
    }
  });
});
