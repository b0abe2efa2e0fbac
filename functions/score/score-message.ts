import { type EvidenceEnvelope, partsOf, type UnsentEvidence } from '../adapters/evidence-queue';
import type { Quarantine } from '../adapters/quarantine';
import type { Stage1Result } from '../domain/detector';
import { admitPosts, parseIngestMessage, type Rejection } from '../domain/ingest';
import type { Post } from '../domain/post';
import type { SourceRegistry } from '../domain/sources';

/**
 * The time against which a batch's posts are judged plausible: the wall clock
 * live; when a recorded stream is replayed, the replay's own clock for that
 * batch (tools/local/replay-clock.ts). Injected, never read from the data.
 */
export type IngestClock = (batchId: string) => Date;

export const wallClock: IngestClock = () => new Date();

export interface ScoreDeps {
  /** Stage 1 of the detector (scoreBatch with the model bound): stateless. */
  score(batchId: string, posts: readonly Post[]): Stage1Result;
  /**
   * Where the evidence goes: the evidence queue (stage 2), an invocation's parts packed per partition (each part with
   * the ingest clock its batch was admitted by). Resolves to the parts not sent.
   */
  evidence: { send(parts: readonly EvidenceEnvelope[]): Promise<readonly UnsentEvidence[]> };
  quarantine: Pick<Quarantine, 'put'>;
  /** The source registry (cached: adapters/source-registry-cache.ts). */
  sources: { current(): Promise<SourceRegistry> };
  clock: IngestClock;
}

/**
 * What became of one ingest message's posts in stage 1: postsIn = scored +
 * rejected. Whether an evidence post was counted before is stage 2's to say
 * (functions/aggregate: applied + duplicates = evidence sent).
 */
export interface MessageOutcome {
  messageId: string;
  /** The batch's id (it names its evidence messages), when the body was a post batch. */
  batchId?: string;
  /** False when the body was not a post batch at all. */
  valid: boolean;
  postsIn: number;
  scored: number;
  rejected: number;
  /** Posts that passed the gate, sent to stage 2. */
  evidence: number;
  /** Parts sent (one per partition with evidence or mentions), packed with the invocation's other messages' parts. */
  evidenceParts: number;
}

const summary = (rejected: readonly Rejection[]) =>
  rejected
    .map((r) => `${r.field}: ${r.reason}`)
    .slice(0, 5)
    .join('; ') + (rejected.length > 5 ? `; and ${rejected.length - 5} more` : '');

/** An ingest message as the event source hands it over. */
export interface IngestRecord {
  body: string;
  messageId: string;
}

export type RecordResult =
  | { messageId: string; ok: true; outcome: MessageOutcome }
  | { messageId: string; ok: false; error: unknown };

/**
 * One ingest message through stage 1 up to its evidence: parse, admit (known
 * source, plausible createdAt), quarantine what is bad, score the rest; its
 * evidence grouped by partition as parts named by the batch id (the same on
 * every delivery of the message). Throws only on transient faults.
 */
async function scoreOne(
  body: string,
  messageId: string,
  deps: ScoreDeps,
): Promise<{ outcome: MessageOutcome; parts: EvidenceEnvelope[] }> {
  const parsed = parseIngestMessage(body);
  const now = parsed.ok ? deps.clock(parsed.batchId) : null;
  const admitted = parsed.ok && now ? admitPosts(parsed, await deps.sources.current(), now) : parsed;
  if (!parsed.ok || !admitted.ok || !now) {
    await deps.quarantine.put({
      kind: 'invalid-message',
      reason: admitted.ok ? '' : `${admitted.field}: ${admitted.reason}`,
      sourceMessageId: messageId,
      payload: body,
    });
    const postsIn = parsed.ok ? parsed.posts.length + parsed.rejected.length : 0;
    const outcome = { messageId, valid: false, postsIn, scored: 0, rejected: postsIn, evidence: 0, evidenceParts: 0 };
    return { outcome, parts: [] };
  }
  if (admitted.rejected.length > 0) {
    await deps.quarantine.put({
      kind: 'rejected-posts',
      reason: summary(admitted.rejected),
      sourceMessageId: messageId,
      batchId: parsed.batchId,
      payload: { source: parsed.source, rejected: admitted.rejected },
    });
  }
  const s1 = deps.score(parsed.batchId, admitted.posts);
  const outcome = {
    messageId,
    batchId: parsed.batchId,
    valid: true,
    postsIn: admitted.posts.length + admitted.rejected.length,
    scored: s1.scored.length,
    rejected: admitted.rejected.length,
    evidence: s1.messages.reduce((n, m) => n + m.evidence.length, 0),
    evidenceParts: s1.messages.length,
  };
  return { outcome, parts: partsOf(s1.messages, now.getTime()) };
}

/**
 * An invocation's ingest messages through stage 1: each scored on its own (a
 * fault fails that message alone), then the evidence of all of them sent at
 * once, one evidence message per partition (more only past SQS's size limit),
 * so that a stage-2 batch carries up to ten ingest messages' evidence per
 * message instead of one. A message fails when it threw, or when a part of
 * it was not sent; its retry packs its parts again, possibly with other
 * messages: the parts already sent keep their ids, which stage 2 skips.
 * Stateless: a message delivered again is scored again the same way.
 */
export async function scoreMessages(records: readonly IngestRecord[], deps: ScoreDeps): Promise<RecordResult[]> {
  const scored = await Promise.all(
    records.map(async (r) => {
      try {
        return { messageId: r.messageId, ok: true as const, ...(await scoreOne(r.body, r.messageId, deps)) };
      } catch (error) {
        return { messageId: r.messageId, ok: false as const, error };
      }
    }),
  );
  const parts = scored.flatMap((s) => (s.ok ? s.parts : []));
  const unsent = new Map<string, string>();
  if (parts.length > 0)
    for (const u of await deps.evidence.send(parts)) for (const id of u.of) unsent.set(id, u.reason);
  return scored.map((s): RecordResult => {
    if (!s.ok) return s;
    const reason = s.parts.map((p) => unsent.get(p.id)).find((x) => x !== undefined);
    if (reason !== undefined) return { messageId: s.messageId, ok: false, error: new Error(reason) };
    return { messageId: s.messageId, ok: true, outcome: s.outcome };
  });
}

/** One ingest message through stage 1, alone in its invocation (tests, benches). Throws what failed it. */
export async function scoreMessage(body: string, messageId: string, deps: ScoreDeps): Promise<MessageOutcome> {
  const [r] = await scoreMessages([{ body, messageId }], deps);
  if (!r) throw new Error('no result');
  if (!r.ok) throw r.error;
  return r.outcome;
}
