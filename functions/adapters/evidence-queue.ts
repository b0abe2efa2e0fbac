/**
 * The evidence queue between the detector's stages (EVIDENCE in resources/:
 * FIFO, MessageGroupId = the partition). A message carries the PARTS of one
 * partition from one stage-1 invocation: each part is one ingest message's
 * evidence for that partition, under the id it always had (batchId#partition)
 * and with the ingest clock that message was admitted by. Stage 2 applies
 * each part as it applied a whole message before, and skips a part it
 * applied already (engine/dedupe.ts): a retried ingest message packed with
 * other ones comes back in a message of another composition, which the
 * queue's deduplication cannot recognise, but its parts keep their ids.
 * Stage 2 decodes what it receives with decodeEvidenceBody (zod).
 */
import { createHash } from 'node:crypto';
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';
import { EVIDENCE_BODY_MAX_BYTES } from '../../resources';
import { errorMessage } from '../commons/errors';
import { type EvidenceMessage, EvidenceMessageSchema, toEvidence } from '../domain/detector';
import { sqsSafeJson } from './sqs-json';

/** One part: an ingest message's evidence for one partition, with the ingest clock its batch was admitted by (stage 2 bounds stream time by it, as stage 1 did). */
export const EvidenceEnvelopeSchema = EvidenceMessageSchema.extend({ now: z.number().finite() });
export type EvidenceEnvelope = EvidenceMessage & { now: number };

const PartSchema = EvidenceEnvelopeSchema.omit({ partition: true });

/** A part of a packed body that does not decode: where it stood, why, and itself (to park it alone). */
export interface BadPart {
  index: number;
  reason: string;
  /** A body holding this part alone, as the queue would carry it. */
  body: string;
}

const PackedShapeSchema = z.object({ partition: z.string().min(1), parts: z.array(z.unknown()).min(1) });

const issueOf = (e: z.ZodError, at: (string | number)[] = []): string => {
  const i = e.issues[0];
  return `${[...at, ...(i?.path ?? [])].join('.') || 'message'}: ${i?.message ?? 'invalid'}`;
};

/**
 * A body of the evidence queue as the parts stage 2 applies, in order. A body
 * without `parts` is one part on its own (what stage 1 sent before packing,
 * and what may still be queued or in the DLQ). A packed body's parts decode
 * one by one: a part that does not is returned in `bad`, so that it does not
 * take the other ingest messages' parts down with it; a body none of whose
 * parts decode is not an evidence message.
 */
export function decodeEvidenceBody(
  text: string,
): { ok: true; partition: string; parts: EvidenceEnvelope[]; bad: BadPart[] } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${errorMessage(e)}` };
  }
  if (typeof json !== 'object' || json === null || !('parts' in json)) {
    const one = EvidenceEnvelopeSchema.safeParse(json);
    return one.success
      ? { ok: true, partition: one.data.partition, parts: [one.data], bad: [] }
      : { ok: false, reason: issueOf(one.error) };
  }
  const shape = PackedShapeSchema.safeParse(json);
  if (!shape.success) return { ok: false, reason: issueOf(shape.error) };
  const { partition } = shape.data;
  const parts: EvidenceEnvelope[] = [];
  const bad: BadPart[] = [];
  shape.data.parts.forEach((raw, index) => {
    const p = PartSchema.safeParse(raw);
    if (p.success) parts.push({ ...p.data, partition });
    else
      bad.push({ index, reason: issueOf(p.error, ['parts', index]), body: sqsSafeJson({ partition, parts: [raw] }) });
  });
  if (parts.length === 0) return { ok: false, reason: bad[0]?.reason ?? 'no parts' };
  return { ok: true, partition, parts, bad };
}

/** Stage 1's output of one ingest message, as parts: each partition's message with the batch's ingest clock. */
export const partsOf = (messages: readonly EvidenceMessage[], now: number): EvidenceEnvelope[] =>
  messages.map((m) => ({ ...m, now }));

const MAX_BODY = EVIDENCE_BODY_MAX_BYTES;
/**
 * Bytes per SendMessageBatch call at most: under the 256 KB SQS allowed per call and per message until it raised
 * both to 1 MiB (docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-batch-api.html), so a queue
 * or an emulator still set to the old limit takes it too.
 */
const MAX_CALL = 240_000;
/** SQS counts a body's UTF-8 bytes: a post in Japanese or Arabic is two or three bytes a character. */
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
/** Attempts for an entry the queue refused (throttled, an internal error), with a doubling pause between them. */
const ENTRY_ATTEMPTS = 4;
const ENTRY_RETRY_BASE_MS = 50;

export interface EvidenceBody {
  partition: string;
  /** The ids of the parts it carries (its deduplication id is made of them). */
  partIds: string[];
  /** The ids of the parts stage 1 made that it carries (a part too big for one body is split: `id.1`, `id.2`). */
  of: string[];
  body: string;
}

/**
 * The bodies of one invocation's evidence: per partition, its parts packed in
 * the order given, as many per body as fit under MAX_BODY. A part that does
 * not fit one body alone is split (`id.1`, `id.2`, …: the same split when the
 * batch is scored again, so the ids stay stable). A part given twice (an
 * ingest message delivered twice in one batch) is packed once.
 */
export function evidenceBodies(parts: readonly EvidenceEnvelope[]): EvidenceBody[] {
  const byPartition = new Map<string, { id: string; of: string; text: string; size: number }[]>();
  const seen = new Set<string>();
  const encode = (m: EvidenceEnvelope) =>
    sqsSafeJson({
      id: m.id,
      now: m.now,
      evidence: m.evidence.map(toEvidence),
      ...(m.mentions ? { mentions: m.mentions } : {}),
      ...(m.sweeps ? { sweeps: m.sweeps } : {}),
    });
  const add = (m: EvidenceEnvelope, of: string) => {
    const text = encode(m);
    const size = bytes(text);
    if (size <= MAX_BODY || m.evidence.length <= 1) {
      const list = byPartition.get(m.partition) ?? [];
      list.push({ id: m.id, of, text, size });
      byPartition.set(m.partition, list);
      return;
    }
    const half = Math.ceil(m.evidence.length / 2);
    // The mentions (a few small records) go with the first half.
    add({ ...m, id: `${m.id}.1`, evidence: m.evidence.slice(0, half) }, of);
    add({ id: `${m.id}.2`, partition: m.partition, now: m.now, evidence: m.evidence.slice(half) }, of);
  };
  for (const m of parts) {
    const key = `${m.partition}\n${m.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(m, m.id);
  }
  const out: EvidenceBody[] = [];
  for (const [partition, list] of byPartition) {
    const head = `{"partition":${sqsSafeJson(partition)},"parts":[`;
    let cur: typeof list = [];
    let size = bytes(head) + 2;
    const flush = () => {
      if (cur.length === 0) return;
      out.push({
        partition,
        partIds: cur.map((x) => x.id),
        of: [...new Set(cur.map((x) => x.of))],
        body: `${head}${cur.map((x) => x.text).join(',')}]}`,
      });
      cur = [];
      size = bytes(head) + 2;
    };
    for (const x of list) {
      if (cur.length > 0 && size + x.size + 1 > MAX_BODY) flush();
      cur.push(x);
      size += x.size + 1;
    }
    flush();
  }
  return out;
}

/** The same parts packed the same way are one message to the queue's deduplication (5 minutes). */
const dedupId = (partIds: readonly string[]) =>
  createHash('sha256')
    .update(`evidence:${partIds.join(',')}`)
    .digest('hex');

/** SQS allows 1-128 characters of ASCII letters, digits and punctuation in group ids. */
const groupOf = (partition: string) => partition.replace(/[^\w!-/:-@[-`{-~]/g, '_').slice(0, 128) || 'unknown';

/** Parts the queue did not take (their ingest messages are retried), and why. */
export interface UnsentEvidence {
  /** The ids of the parts as stage 1 made them (EvidenceBody.of). */
  of: readonly string[];
  reason: string;
}

export class EvidenceQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    private readonly pause: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /**
   * Sends an invocation's parts, packed; resolves to what was not sent. An
   * entry the queue refused is offered again, up to ENTRY_ATTEMPTS times in
   * all with a doubling pause (the SDK retries a failed call, not an entry):
   * every ingest message failed for it sends its other partitions' parts
   * again on its retry, minutes later and packed otherwise, where stage 2
   * recognises them only within its applied window (engine/dedupe.ts). So a
   * refusal is worth waiting out here.
   */
  async send(parts: readonly EvidenceEnvelope[]): Promise<UnsentEvidence[]> {
    const bodies = evidenceBodies(parts);
    const unsent: UnsentEvidence[] = [];
    const entry = (b: EvidenceBody, i: number): SendMessageBatchRequestEntry => ({
      Id: String(i),
      MessageBody: b.body,
      MessageGroupId: groupOf(b.partition),
      MessageDeduplicationId: dedupId(b.partIds),
    });
    const call = async (chunk: EvidenceBody[]): Promise<void> => {
      let left = chunk;
      const reasons = new Map<EvidenceBody, string>();
      for (let attempt = 0; attempt < ENTRY_ATTEMPTS && left.length > 0; attempt++) {
        if (attempt > 0) await this.pause(ENTRY_RETRY_BASE_MS * 2 ** (attempt - 1));
        try {
          const sent = left;
          const r = await this.sqs.send(
            new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: sent.map((b, i) => entry(b, i)) }),
          );
          left = (r.Failed ?? []).flatMap((f) => {
            const b = sent[Number(f.Id)];
            if (b) reasons.set(b, f.Message ?? f.Code ?? 'refused');
            return b ? [b] : [];
          });
        } catch (e) {
          for (const b of left) reasons.set(b, errorMessage(e));
          // The SDK has retried the call already.
          break;
        }
      }
      for (const b of left)
        unsent.push({ of: b.of, reason: `evidence SendMessageBatch failed: ${reasons.get(b) ?? '?'}` });
    };
    let chunk: EvidenceBody[] = [];
    let size = 0;
    for (const b of bodies) {
      const n = bytes(b.body);
      if (chunk.length === 10 || size + n > MAX_CALL) {
        await call(chunk);
        chunk = [];
        size = 0;
      }
      chunk.push(b);
      size += n;
    }
    if (chunk.length > 0) await call(chunk);
    return unsent;
  }
}
