/**
 * Redelivery dedupe inside the keyed state, bounded whatever the post rate:
 *
 * - a stage-2 message delivered again (the same id: SQS redelivery, a stage-1
 *   retry that re-sends its output) is skipped whole: the partition head keeps
 *   the ids of its latest PARAMS.appliedCap messages;
 * - a post that comes again in another message (a connector re-sending after
 *   a restart, cut into other batches) is recognised by the candidate that
 *   absorbed it: each candidate keeps the 32-bit hashes of the ids of its
 *   latest PARAMS.idsCap posts.
 *
 * Both live in items that are written anyway, so dedupe costs no extra write,
 * and neither grows with the rate. What they do not catch: a message sent
 * again after PARAMS.appliedCap newer ones of its partition, whose posts have
 * also left their candidate's id list (a big event's older posts), or whose
 * candidate expired. A post-id hash collision (odds idsCap / 2^32 per post,
 * 6e-8) would drop a post as a duplicate.
 */
import { hashStr } from '../hash';
import { PARAMS } from './params';
import type { Candidate, Head } from './state';

/** A post's identity is its source and id (two platforms may use the same ids). */
export const postIdHash = (source: string, id: string): number => hashStr(id, hashStr(source, 0x9e3779b9));

export function wasApplied(head: Head, messageId: string): boolean {
  return head.applied.includes(messageId);
}

export function markApplied(head: Head, messageId: string): void {
  head.applied.push(messageId);
  if (head.applied.length > PARAMS.appliedCap) head.applied.splice(0, head.applied.length - PARAMS.appliedCap);
}

/** The post-id hashes the partition's active candidates hold. */
export function absorbedIds(cands: Iterable<Candidate>): Set<number> {
  const out = new Set<number>();
  for (const c of cands) for (const h of c.ids) out.add(h);
  return out;
}

export function rememberId(c: Candidate, h: number): void {
  c.ids.push(h);
  if (c.ids.length > PARAMS.idsCap) c.ids.splice(0, c.ids.length - PARAMS.idsCap);
}
