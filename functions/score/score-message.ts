import type { Quarantine } from '../adapters/quarantine';
import type { EvidenceMessage, Stage1Result } from '../domain/detector';
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
  /** Where the evidence goes: the evidence queue (stage 2), with the ingest clock the batch was admitted by. */
  evidence: { send(messages: readonly EvidenceMessage[], now: number): Promise<void> };
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
  /** Evidence messages sent (one per partition with evidence). */
  evidenceMessages: number;
}

const summary = (rejected: readonly Rejection[]) =>
  rejected
    .map((r) => `${r.field}: ${r.reason}`)
    .slice(0, 5)
    .join('; ') + (rejected.length > 5 ? `; and ${rejected.length - 5} more` : '');

/**
 * One ingest message through stage 1: parse, admit (known source, plausible
 * createdAt), quarantine what is bad, score the rest, send the evidence to
 * stage 2 grouped by partition. Stateless: a message delivered again (a
 * standard queue delivers at least once) is scored again and sends evidence
 * messages with the same ids, which stage 2 drops. Throws only on transient
 * faults (a queue unavailable), so that the message is retried.
 */
export async function scoreMessage(body: string, messageId: string, deps: ScoreDeps): Promise<MessageOutcome> {
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
    return { messageId, valid: false, postsIn, scored: 0, rejected: postsIn, evidence: 0, evidenceMessages: 0 };
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
  // The batch id names the evidence messages: the same on every delivery of this message.
  const s1 = deps.score(parsed.batchId, admitted.posts);
  if (s1.messages.length > 0) await deps.evidence.send(s1.messages, now.getTime());
  return {
    messageId,
    batchId: parsed.batchId,
    valid: true,
    postsIn: admitted.posts.length + admitted.rejected.length,
    scored: s1.scored.length,
    rejected: admitted.rejected.length,
    evidence: s1.messages.reduce((n, m) => n + m.evidence.length, 0),
    evidenceMessages: s1.messages.length,
  };
}
