import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { anyMessage, type IngestMessage } from '../../functions/adapters/ingest-message';
import { sqsSafeJson } from '../../functions/adapters/sqs-json';

/**
 * Puts messages on the (FIFO) ingest queue, ten per request, at most
 * `perSecond` messages a second (0: no limit). A bare body gets its group and
 * dedup id from its own batchId and source.
 */
export async function sendBodies(
  sqs: SQSClient,
  queueUrl: string,
  bodies: Iterable<string | IngestMessage>,
  perSecond = 0,
  onSent?: (n: number) => void,
): Promise<number> {
  const started = Date.now();
  let sent = 0;
  let chunk: IngestMessage[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const r = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map((m, i) => ({
          Id: String(i),
          MessageBody: m.body,
          MessageGroupId: m.groupId,
          MessageDeduplicationId: m.dedupId,
        })),
      }),
    );
    if (r.Failed?.length) throw new Error(`SendMessageBatch failed: ${r.Failed.map((f) => f.Message).join('; ')}`);
    sent += chunk.length;
    chunk = [];
    onSent?.(sent);
    if (perSecond > 0) {
      const due = started + (sent / perSecond) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
  };
  for (const b of bodies) {
    chunk.push(typeof b === 'string' ? anyMessage(b) : b);
    if (chunk.length === 10) await flush();
  }
  await flush();
  return sent;
}

/**
 * Cuts posts into ingest messages ({batchId, source, posts}) of at most `size`
 * posts, one source per message, as one producer per source would: each
 * source's posts keep their order (they form one FIFO group), while sources
 * interleave freely.
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
