import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { anyMessage } from '../../functions/adapters/ingest-message';
import { sqsSafeJson } from '../../functions/adapters/sqs-json';
import { INGEST } from '../../resources';
import type { AdminContext } from './context';
import { UsageError } from './usage-error';

/** Bad input (the quarantine queue) or poison (the ingest DLQ): QUARANTINE in resources/queues.ts says why apart. */
export const DLQ_QUEUES = ['quarantine', 'poison'] as const;
export type DlqQueue = (typeof DLQ_QUEUES)[number];

const urlOf = (ctx: AdminContext, q: DlqQueue): Promise<string> =>
  q === 'quarantine' ? ctx.quarantineUrl() : ctx.dlqUrl();

export interface DlqItem {
  queue: DlqQueue;
  messageId: string;
  kind: 'invalid-message' | 'rejected-posts' | 'poison';
  reason: string;
  receiveCount: number;
  body: string;
  receiptHandle: string;
}

function describe(queue: DlqQueue, m: Message): DlqItem {
  const kind = m.MessageAttributes?.['tocsin-kind']?.StringValue as DlqItem['kind'] | undefined;
  const reason =
    m.MessageAttributes?.['tocsin-reason']?.StringValue ??
    `failed ${INGEST.maxReceiveCount} times (the function timed out or crashed: see its logs), moved here by the queue's redrive policy`;
  return {
    queue,
    messageId: m.MessageId!,
    kind: kind ?? 'poison',
    reason,
    receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 0),
    body: m.Body ?? '',
    receiptHandle: m.ReceiptHandle!,
  };
}

/** Everything in the queue, left in place: read under a short lock, then made visible again. */
async function peekAll(ctx: AdminContext, queue: DlqQueue, url: string): Promise<DlqItem[]> {
  const seen = new Map<string, DlqItem>();
  for (;;) {
    const r = await ctx.clients.sqs.send(
      new ReceiveMessageCommand({
        // A second's long poll also finds entries another listing released a moment ago (see release()).
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 30,
        WaitTimeSeconds: 1,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    const ms = r.Messages ?? [];
    if (ms.length === 0) break;
    for (const m of ms) seen.set(m.MessageId!, describe(queue, m));
  }
  return [...seen.values()];
}

async function release(ctx: AdminContext, url: string, items: DlqItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += 10) {
    await ctx.clients.sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: url, // 1 s rather than 0: fauxqs with persistence fails on 0 (it writes a NULL receive count).
        Entries: items
          .slice(i, i + 10)
          .map((m, j) => ({ Id: String(j), ReceiptHandle: m.receiptHandle, VisibilityTimeout: 1 })),
      }),
    );
  }
}

/** What the quarantine and the ingest DLQ hold (both, or the ones named), left in place. */
export async function listDlq(ctx: AdminContext, queues: readonly DlqQueue[] = DLQ_QUEUES): Promise<DlqItem[]> {
  const out: DlqItem[] = [];
  for (const q of queues) {
    const url = await urlOf(ctx, q);
    const items = await peekAll(ctx, q, url);
    await release(ctx, url, items);
    out.push(...items);
  }
  return out;
}

/** What to send back to the ingest queue for a DLQ entry: the original batch, or a batch of the rejected posts. */
export function redriveBody(item: DlqItem): string {
  let q: { kind?: string; payload: unknown; batchId?: string; sourceMessageId: string };
  try {
    q = JSON.parse(item.body) as typeof q;
  } catch {
    return item.body;
  }
  // Moved here by the queue's redrive policy: the original message itself.
  if (!q.kind) return item.body;
  if (item.kind === 'invalid-message' || item.kind === 'poison') return String(q.payload);
  const p = q.payload as { source: string; rejected: { raw: unknown }[] };
  return sqsSafeJson({
    batchId: `${q.batchId ?? q.sourceMessageId}-redrive`,
    source: p.source,
    posts: p.rejected.map((r) => r.raw),
  });
}

/**
 * Sends entries (all those of the queues named, or those named by id) back to
 * the ingest queue and removes them from where they were.
 */
export async function redriveDlq(
  ctx: AdminContext,
  ids: string[],
  queues: readonly DlqQueue[] = DLQ_QUEUES,
): Promise<number> {
  const ingest = await ctx.ingestUrl();
  const chosen: (DlqItem & { url: string })[] = [];
  const found = new Set<string>();
  for (const q of queues) {
    const url = await urlOf(ctx, q);
    const items = await peekAll(ctx, q, url);
    const mine = ids.length ? items.filter((m) => ids.includes(m.messageId)) : items;
    for (const m of mine) found.add(m.messageId);
    await release(
      ctx,
      url,
      items.filter((m) => !mine.includes(m)),
    );
    chosen.push(...mine.map((m) => ({ ...m, url })));
  }
  const missing = ids.filter((id) => !found.has(id));
  for (const m of chosen) {
    // A fresh dedup id: a redrive is meant to be processed again.
    const msg = anyMessage(redriveBody(m), `redrive:${m.messageId}:${Date.now()}`);
    await ctx.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: ingest,
        MessageBody: msg.body,
        MessageGroupId: msg.groupId,
        MessageDeduplicationId: msg.dedupId,
      }),
    );
    await ctx.clients.sqs.send(new DeleteMessageCommand({ QueueUrl: m.url, ReceiptHandle: m.receiptHandle }));
  }
  if (missing.length)
    throw new UsageError(`not in the ${queues.join(' or ')} queue: ${missing.join(', ')} (re-drove ${chosen.length})`);
  return chosen.length;
}
