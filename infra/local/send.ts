import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** Puts message bodies on the ingest queue, ten per request, at most `perSecond` messages a second (0: no limit). */
export async function sendBodies(sqs: SQSClient, queueUrl: string, bodies: Iterable<string>, perSecond = 0, onSent?: (n: number) => void): Promise<number> {
  const started = Date.now();
  let sent = 0;
  let chunk: string[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const r = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: chunk.map((b, i) => ({ Id: String(i), MessageBody: b })) }));
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
    chunk.push(b);
    if (chunk.length === 10) await flush();
  }
  await flush();
  return sent;
}

/**
 * JSON that any SQS accepts: characters outside SQS's allowed set are written
 * as \u escapes, which parse back to the same text. Needed for emoji:
 * fauxqs checks UTF-16 code units and so refuses surrogate pairs that AWS
 * accepts; control characters and lone surrogates JSON.stringify escapes itself.
 */
export function sqsSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\ud800-\udfff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Cuts posts into ingest messages ({batchId, source, posts}) of at most `size` posts of one source, in order. */
export function* toBatches<T extends { source?: unknown }>(posts: Iterable<T>, size: number, prefix: string): Generator<string> {
  let chunk: T[] = [];
  let n = 0;
  const out = () => sqsSafeJson({ batchId: `${prefix}-${n++}`, source: String(chunk[0]?.source ?? 'unknown'), posts: chunk });
  for (const p of posts) {
    if (chunk.length === size || (chunk.length > 0 && p.source !== chunk[0]!.source)) { yield out(); chunk = []; }
    chunk.push(p);
  }
  if (chunk.length > 0) yield out();
}
