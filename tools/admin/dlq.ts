import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
} from '@aws-sdk/client-sqs';
import { decodeEvidenceBody, EvidenceQueue } from '../../functions/adapters/evidence-queue';
import { anyMessage } from '../../functions/adapters/ingest-message';
import { sendIngestMessages } from '../../functions/adapters/ingest-queue';
import { Quarantine } from '../../functions/adapters/quarantine';
import { sqsSafeJson } from '../../functions/adapters/sqs-json';
import { type Deletions, tombstoneKeysForAll } from '../../functions/domain/tombstone';
import { EVIDENCE, INGEST } from '../../resources';
import type { AdminContext } from './context';
import { dropDeleted, postIdsIn, redactDeleted } from './deleted-posts';
import { UsageError } from './usage-error';

/**
 * Bad input (the quarantine queue), poison (the ingest DLQ: QUARANTINE in
 * resources/queues.ts says why apart) and stage 2's poison (the evidence
 * DLQ: evidence the aggregate function could not decode or failed on every
 * receive, re-driven to the evidence queue).
 */
export const DLQ_QUEUES = ['quarantine', 'poison', 'evidence'] as const;
export type DlqQueue = (typeof DLQ_QUEUES)[number];

const urlOf = (ctx: AdminContext, q: DlqQueue): Promise<string> =>
  q === 'quarantine' ? ctx.quarantineUrl() : q === 'poison' ? ctx.dlqUrl() : ctx.queueUrl(EVIDENCE.dlqName);

export interface DlqItem {
  queue: DlqQueue;
  messageId: string;
  kind: 'invalid-message' | 'rejected-posts' | 'poison';
  reason: string;
  receiveCount: number;
  /** What the queue holds, the text of deleted posts redacted. */
  body: string;
  /** Posts in it whose text was redacted (deleted since). */
  redacted: number;
  receiptHandle: string;
}

function describe(queue: DlqQueue, m: Message): DlqItem {
  const kind = m.MessageAttributes?.['tocsin-kind']?.StringValue as DlqItem['kind'] | undefined;
  const reason =
    m.MessageAttributes?.['tocsin-reason']?.StringValue ??
    `failed ${queue === 'evidence' ? EVIDENCE.maxReceiveCount : INGEST.maxReceiveCount} times (the function timed out or crashed: see its logs), moved here by the queue's redrive policy`;
  return {
    queue,
    messageId: m.MessageId!,
    kind: kind ?? 'poison',
    reason,
    receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 0),
    body: m.Body ?? '',
    redacted: 0,
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

/** What the quarantine and the DLQs hold (all, or the ones named), left in place. */
export async function listDlq(ctx: AdminContext, queues: readonly DlqQueue[] = DLQ_QUEUES): Promise<DlqItem[]> {
  const out: DlqItem[] = [];
  for (const q of queues) {
    const url = await urlOf(ctx, q);
    const items = await peekAll(ctx, q, url);
    await release(ctx, url, items);
    out.push(...items);
  }
  const deleted = await deletionsIn(ctx, out);
  return out.map((m) => ({ ...m, ...redactDeleted(m.body, deleted) }));
}

/** The tombstones of the posts these entries hold. */
function deletionsIn(ctx: AdminContext, items: readonly DlqItem[]): Promise<Deletions> {
  return ctx.tombstones.deletedAmong(tombstoneKeysForAll(items.flatMap((m) => postIdsIn(m.body))));
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

export interface RedriveResult {
  /** Messages sent back to the ingest queue (the evidence queue for evidence). */
  redriven: number;
  /** Deleted posts left out of what was sent back or removed (not those of entries left in place). */
  droppedPosts: number;
  /** Messages whose every post had been deleted: removed, nothing sent. */
  emptied: string[];
  /** Evidence DLQ entries that are no evidence message (no part decodes): left in place, nothing sent. */
  notEvidence: string[];
  /** Parts of re-driven evidence entries that are not evidence, parked alone in the DLQ (`<entry id>#part-<n>`) while their entries' other parts went on. */
  partsParked: string[];
}

/**
 * Back to stage 2: the evidence message, each part under an id of its own
 * (stage 2 would skip the original's as applied, the FIFO queue drop it as a
 * duplicate within its 5 minutes) that names the DLQ entry, so a redrive repeated before the entry is removed is
 * deduplicated; stage 2 drops posts it applied already (its seen ids). A part
 * that does not decode cannot be applied however often it is sent: it is
 * parked alone in the entry's queue (as the aggregate function parks one),
 * for a person to read, while the others go on. Returns the parked parts'
 * ids, or undefined when no part decodes (the entry stays as it is).
 */
async function sendEvidence(
  ctx: AdminContext,
  body: string,
  entry: DlqItem & { url: string },
): Promise<string[] | undefined> {
  const d = decodeEvidenceBody(body);
  if (!d.ok) return undefined;
  const queue = new EvidenceQueue(ctx.clients.sqs, await ctx.queueUrl(EVIDENCE.queueName));
  const unsent = await queue.send(d.parts.map((p) => ({ ...p, id: `${p.id}#redrive-${entry.messageId}` })));
  if (unsent[0]) throw new Error(unsent[0].reason);
  const parked = new Quarantine(ctx.clients.sqs, { badInput: entry.url, poison: entry.url });
  const ids: string[] = [];
  for (const b of d.bad) {
    const id = `${entry.messageId}#part-${b.index}`;
    await parked.put({
      kind: 'poison',
      reason: `part ${b.index} of evidence DLQ entry ${entry.messageId} is not evidence: ${b.reason}`,
      sourceMessageId: id,
      payload: b.body,
    });
    ids.push(id);
  }
  return ids;
}

/**
 * Sends entries (all those of the queues named, or those named by id) back to
 * the ingest queue (evidence to the evidence queue), without the posts
 * deleted since, and removes them from where they were.
 */
export async function redriveDlq(
  ctx: AdminContext,
  ids: string[],
  queues: readonly DlqQueue[] = DLQ_QUEUES,
): Promise<RedriveResult> {
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
  const deleted = await deletionsIn(ctx, chosen);
  const result: RedriveResult = { redriven: 0, droppedPosts: 0, emptied: [], notEvidence: [], partsParked: [] };
  for (const m of chosen) {
    const kept = dropDeleted(redriveBody(m), deleted);
    if (kept.empty) {
      result.droppedPosts += kept.dropped;
      result.emptied.push(m.messageId);
      await ctx.clients.sqs.send(new DeleteMessageCommand({ QueueUrl: m.url, ReceiptHandle: m.receiptHandle }));
      continue;
    }
    if (m.queue === 'evidence') {
      const parked = await sendEvidence(ctx, kept.body, m);
      if (!parked) {
        result.notEvidence.push(m.messageId);
        await release(ctx, m.url, [m]);
        continue;
      }
      result.partsParked.push(...parked);
    } else await sendIngestMessages(ctx.clients.sqs, ingest, [anyMessage(kept.body)]);
    await ctx.clients.sqs.send(new DeleteMessageCommand({ QueueUrl: m.url, ReceiptHandle: m.receiptHandle }));
    // Counted for what was sent: an entry left in place keeps its posts.
    result.droppedPosts += kept.dropped;
    result.redriven++;
  }
  if (missing.length)
    throw new UsageError(
      `not in the ${queues.join(' or ')} queue: ${missing.join(', ')} (re-drove ${result.redriven}, removed ${result.emptied.length} whose posts were all deleted)`,
    );
  return result;
}
