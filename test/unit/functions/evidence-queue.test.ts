/**
 * The evidence queue's adapter: an invocation's parts packed per partition
 * (split only at the body limit), decoded back in order (a body from before
 * packing included), and what SendMessageBatch refuses reported by part.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  decodeEvidenceBody,
  type EvidenceEnvelope,
  EvidenceQueue,
  evidenceBodies,
} from '../../../functions/adapters/evidence-queue';

const part = (batch: string, partition: string, mentions = 1): EvidenceEnvelope => ({
  id: `${batch}#${partition}`,
  partition,
  now: 1_000,
  evidence: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({ t: i, k: 0, author: `a${i}`.padEnd(60, '.'), dupKey: i })),
});

test('parts of one partition share a body, in the order given; a part given twice is packed once', () => {
  const parts = [part('b1', 'inc'), part('b1', 'wx'), part('b2', 'inc'), part('b1', 'inc'), part('b3', 'inc')];
  const bodies = evidenceBodies(parts);
  assert.deepEqual(
    bodies.map((b) => [b.partition, b.partIds]),
    [
      ['inc', ['b1#inc', 'b2#inc', 'b3#inc']],
      ['wx', ['b1#wx']],
    ],
  );
  const d = decodeEvidenceBody(bodies[0]!.body);
  assert.ok(d.ok);
  assert.deepEqual(d.parts, [parts[0], parts[2], parts[4]]);
});

test('the body limit counts bytes, as SQS does: text in a script of three-byte characters packs fewer parts a body', () => {
  // About 25,000 characters and 75,000 UTF-8 bytes a part: two fit in 120 KB by characters, one by bytes.
  const kana = (batch: string): EvidenceEnvelope => ({
    ...part(batch, 'inc', 0),
    mentions: Array.from({ length: 400 }, (_, i) => ({ t: i, k: 0, author: 'あ'.repeat(60), dupKey: i })),
  });
  const bodies = evidenceBodies([kana('b1'), kana('b2')]);
  assert.deepEqual(
    bodies.map((b) => b.partIds),
    [['b1#inc'], ['b2#inc']],
  );
  assert.ok(bodies.every((b) => Buffer.byteLength(b.body) <= 120_000));
});

test('past the body limit a partition takes more bodies; every part once, none split that fits alone', () => {
  // About 30 KB a part: four fit under 120 KB.
  const parts = Array.from({ length: 10 }, (_, i) => part(`b${i}`, 'inc', 400));
  const bodies = evidenceBodies(parts);
  assert.ok(bodies.length >= 3, `${bodies.length} bodies`);
  assert.ok(bodies.every((b) => b.body.length <= 120_000));
  assert.deepEqual(
    bodies.flatMap((b) => b.partIds),
    parts.map((p) => p.id),
  );
});

test('a body from before packing decodes as one part; anything else is refused with its reason', () => {
  const legacy = JSON.stringify({ id: 'b1#inc', partition: 'inc', now: 5, evidence: [] });
  const d = decodeEvidenceBody(legacy);
  assert.ok(d.ok);
  assert.deepEqual(
    d.parts.map((p) => [p.id, p.partition, p.now]),
    [['b1#inc', 'inc', 5]],
  );
  const bad = decodeEvidenceBody(JSON.stringify({ partition: 'inc', parts: [] }));
  assert.deepEqual(bad, { ok: false, reason: 'parts: Too small: expected array to have >=1 items' });
  assert.equal(decodeEvidenceBody('{').ok, false);
});

/** A client whose SendMessageBatch refuses the entries `refuse` names (by group and offer), or whose every call throws. */
function sqs(refuse: (group: string, attempt: number) => boolean, throws = false) {
  const calls: string[][] = [];
  const offers = new Map<string, number>();
  const client = {
    send: async (c: SendMessageBatchCommand) => {
      if (throws) throw new Error('network down');
      const entries = c.input.Entries ?? [];
      calls.push(entries.map((e) => e.MessageGroupId ?? ''));
      const failed = entries.flatMap((e) => {
        const n = (offers.get(e.MessageGroupId ?? '') ?? 0) + 1;
        offers.set(e.MessageGroupId ?? '', n);
        return refuse(e.MessageGroupId ?? '', n)
          ? [{ Id: e.Id, Code: 'Throttled', Message: 'slow down', SenderFault: false }]
          : [];
      });
      return { Successful: [], Failed: failed };
    },
  } as unknown as SQSClient;
  return { client, calls };
}

test('a refused entry is offered again, four times in all; refused every time, its parts are reported unsent with the reason', async () => {
  const parts = [part('b1', 'inc'), part('b1', 'wx'), part('b2', 'quake')];
  const thrice = sqs((g, n) => g === 'wx' && n <= 3);
  assert.deepEqual(await new EvidenceQueue(thrice.client, 'q').send(parts), []);
  assert.deepEqual(thrice.calls, [['inc', 'wx', 'quake'], ['wx'], ['wx'], ['wx']]);

  const always = sqs((g) => g === 'wx');
  const pauses: number[] = [];
  const recordPause = async (ms: number) => void pauses.push(ms);
  assert.deepEqual(await new EvidenceQueue(always.client, 'q', recordPause).send(parts), [
    { of: ['b1#wx'], reason: 'evidence SendMessageBatch failed: slow down' },
  ]);
  assert.equal(always.calls.length, 4);
  // Each pause before the next offer twice the one before.
  assert.deepEqual(pauses, [50, 100, 200]);
  const down = sqs(() => false, true);
  assert.deepEqual(
    (await new EvidenceQueue(down.client, 'q').send(parts)).map((u) => u.of),
    [['b1#inc'], ['b1#wx'], ['b2#quake']],
  );
});
