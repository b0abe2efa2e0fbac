import type { SQSClient } from '@aws-sdk/client-sqs';
import { anyMessage, type IngestMessage } from '../../functions/adapters/ingest-message';
import { sendIngestMessages } from '../../functions/adapters/ingest-queue';
import { sqsSafeJson } from '../../functions/adapters/sqs-json';
import type { ReplayClock } from './replay-clock';

export interface SendOptions {
  /** Messages a second at most (0: no limit). */
  perSecond?: number;
  onSent?: (n: number) => void;
  /** Replaying a recording: each batch is stamped with the replay's time as it is sent. */
  clock?: ReplayClock;
}

/**
 * Puts messages on the ingest queue, ten per request, at most `perSecond`
 * messages a second.
 */
export async function sendBodies(
  sqs: SQSClient,
  queueUrl: string,
  bodies: Iterable<string | IngestMessage>,
  { perSecond = 0, onSent, clock }: SendOptions = {},
): Promise<number> {
  const started = Date.now();
  let sent = 0;
  let chunk: IngestMessage[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    await sendIngestMessages(sqs, queueUrl, chunk);
    sent += chunk.length;
    chunk = [];
    onSent?.(sent);
    if (perSecond > 0) {
      const due = started + (sent / perSecond) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
  };
  for (const b of bodies) {
    const m = typeof b === 'string' ? anyMessage(b) : b;
    clock?.sentBody(m.body);
    chunk.push(m);
    if (chunk.length === 10) await flush();
  }
  await flush();
  return sent;
}

/**
 * Cuts posts into ingest messages ({batchId, source, posts}) of at most `size`
 * posts, one source per message, as one producer per source would: each
 * source's posts keep their order, while sources interleave freely.
 */
export function* toBatches<T extends { source?: unknown }>(
  posts: Iterable<T>,
  size: number,
  prefix: string,
): Generator<string> {
  const open = new Map<string, T[]>();
  let n = 0;
  const out = (source: string, chunk: T[]) => sqsSafeJson({ batchId: `${prefix}-${n++}`, source, posts: chunk });
  for (const p of posts) {
    const source = String(p.source ?? 'unknown');
    const chunk = open.get(source) ?? [];
    chunk.push(p);
    open.set(source, chunk);
    if (chunk.length === size) {
      yield out(source, chunk);
      open.delete(source);
    }
  }
  for (const [source, chunk] of open) yield out(source, chunk);
}
