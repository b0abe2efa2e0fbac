/** The quarantine adapter: bad input and poison go to different queues, each entry with its reason. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Quarantine, type QuarantineEntry } from '../../../functions/adapters/quarantine';

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
