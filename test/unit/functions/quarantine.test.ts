/** The quarantine adapter: bad input and poison go to different queues, each entry with its reason. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  MAX_BODY_BYTES,
  Quarantine,
  type QuarantineEntry,
  quarantineBody,
} from '../../../functions/adapters/quarantine';

function fakeSqs() {
  const sent: SendMessageCommand['input'][] = [];
  const sqs = { send: async (c: SendMessageCommand) => void sent.push(c.input) } as unknown as SQSClient;
  return { sqs, sent };
}

const entry = (kind: QuarantineEntry['kind']): QuarantineEntry => ({
  kind,
  reason: `${kind}: posts[0].createdAt: Invalid ISO datetime`,
  sourceMessageId: `m-${kind}`,
  payload: '{"batchId":"b1"}',
});

test('bad input goes to the quarantine queue, poison to the ingest DLQ, each with its kind and reason', async () => {
  const f = fakeSqs();
  const q = new Quarantine(f.sqs, { badInput: 'https://q/quarantine.fifo', poison: 'https://q/dlq.fifo' });

  for (const kind of ['invalid-message', 'rejected-posts', 'poison'] as const) await q.put(entry(kind));

  assert.deepEqual(
    f.sent.map((m) => [m.MessageAttributes?.['tocsin-kind']?.StringValue, m.QueueUrl]),
    [
      ['invalid-message', 'https://q/quarantine.fifo'],
      ['rejected-posts', 'https://q/quarantine.fifo'],
      ['poison', 'https://q/dlq.fifo'],
    ],
  );
  assert.match(f.sent[0]?.MessageAttributes?.['tocsin-reason']?.StringValue ?? '', /createdAt: Invalid ISO datetime/);
});

test('an oversized entry is cut to fit SQS in UTF-8 bytes, whatever its script, and says it was truncated', () => {
  // A body near SQS's limit in Japanese (3 bytes a character) or full of quotes (escaped again in the entry).
  for (const unit of ['東京で強い揺れを感じた', 'said "really" strong \\ ']) {
    const posts = Array.from({ length: 4000 }, (_, i) => ({ id: String(i), text: unit.repeat(6) }));
    const payload = JSON.stringify({ batchId: 'b1', posts });
    assert.ok(Buffer.byteLength(payload) > MAX_BODY_BYTES);
    const body = quarantineBody({ ...entry('poison'), payload }, '2026-03-02T12:00:00.000Z');
    assert.ok(Buffer.byteLength(body) <= MAX_BODY_BYTES, `${unit}: ${Buffer.byteLength(body)} bytes`);
    assert.ok(Buffer.byteLength(body) > MAX_BODY_BYTES * 0.8, 'keeps most of what fits');
    const parsed = JSON.parse(body) as { payload: string; reason: string };
    assert.match(parsed.payload, /…\(truncated\)$/);
    assert.match(parsed.reason, /Invalid ISO datetime/);
  }
  const small = quarantineBody(entry('poison'), '2026-03-02T12:00:00.000Z');
  assert.equal(JSON.parse(small).payload, '{"batchId":"b1"}');
});
