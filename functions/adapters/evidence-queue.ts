/**
 * The evidence queue between the detector's stages (EVIDENCE in resources/:
 * FIFO, MessageGroupId = the partition, MessageDeduplicationId = a hash of
 * the message id). Stage 1 sends here; stage 2 decodes what it receives with
 * EvidenceEnvelopeSchema (zod).
 */
import { createHash } from 'node:crypto';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';
import { type EvidenceMessage, EvidenceMessageSchema, toEvidence } from '../domain/detector';
import { sqsSafeJson } from './sqs-json';

/** An evidence message with the ingest clock its batch was admitted by (stage 2 bounds stream time by it, as stage 1 did). */
export const EvidenceEnvelopeSchema = EvidenceMessageSchema.extend({ now: z.number().finite() });
export type EvidenceEnvelope = EvidenceMessage & { now: number };

/** Stay well under SQS's 256 KB per message and per SendMessageBatch call. */
const MAX_BODY = 120_000;
const MAX_CALL = 240_000;

/**
 * The bodies of one batch's evidence: one per partition, or, for a partition
 * whose evidence does not fit one message, several (`id.1`, `id.2`, …: the
 * same split when the batch is scored again, so the ids stay stable).
 */
export function evidenceBodies(
  messages: readonly EvidenceMessage[],
  now: number,
): { id: string; partition: string; body: string }[] {
  const out: { id: string; partition: string; body: string }[] = [];
  const encode = (m: EvidenceMessage) =>
    sqsSafeJson({
      id: m.id,
      partition: m.partition,
      now,
      evidence: m.evidence.map(toEvidence),
      ...(m.mentions ? { mentions: m.mentions } : {}),
      ...(m.sweeps ? { sweeps: m.sweeps } : {}),
    });
  const add = (m: EvidenceMessage) => {
    const body = encode(m);
    if (body.length <= MAX_BODY || m.evidence.length <= 1) {
      out.push({ id: m.id, partition: m.partition, body });
      return;
    }
    const half = Math.ceil(m.evidence.length / 2);
    // The mentions (a few small records) go with the first half.
    add({ ...m, id: `${m.id}.1`, evidence: m.evidence.slice(0, half) });
    add({ id: `${m.id}.2`, partition: m.partition, evidence: m.evidence.slice(half) });
  };
  for (const m of messages) add(m);
  return out;
}

const dedupId = (id: string) => createHash('sha256').update(`evidence:${id}`).digest('hex');

/** SQS allows 1-128 characters of ASCII letters, digits and punctuation in group ids. */
const groupOf = (partition: string) => partition.replace(/[^\w!-/:-@[-`{-~]/g, '_').slice(0, 128) || 'unknown';

export class EvidenceQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  /** Sends a batch's evidence messages (throws when any is refused: the ingest message is then retried, and the ones sent are deduplicated). */
  async send(messages: readonly EvidenceMessage[], now: number): Promise<void> {
    const bodies = evidenceBodies(messages, now);
    let chunk: typeof bodies = [];
    let size = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      const r = await this.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: chunk.map((b, i) => ({
            Id: String(i),
            MessageBody: b.body,
            MessageGroupId: groupOf(b.partition),
            MessageDeduplicationId: dedupId(b.id),
          })),
        }),
      );
      if (r.Failed?.length)
        throw new Error(`evidence SendMessageBatch failed: ${r.Failed.map((f) => f.Message).join('; ')}`);
      chunk = [];
      size = 0;
    };
    for (const b of bodies) {
      if (chunk.length === 10 || size + b.body.length > MAX_CALL) await flush();
      chunk.push(b);
      size += b.body.length;
    }
    await flush();
  }
}
