/**
 * Redelivery dedupe inside the keyed state, bounded whatever the post rate:
 *
 * - a part delivered again (one ingest message's evidence for this partition,
 *   id batchId#partition: SQS redelivery of the evidence message that carried
 *   it, or a stage-1 retry that packs it again with other ingest messages) is
 *   skipped whole: the partition head keeps a 48-bit digest of the ids of its
 *   latest PARAMS.appliedCap parts, or of all its last batch's when more (8
 *   characters whatever the producer's batch id, up to 256: the head's size
 *   depends on neither);
 * - a post that comes again in another message (a connector re-sending after
 *   a restart, cut into other batches) is recognised by the candidate that
 *   absorbed it: each candidate keeps the 32-bit hashes of the ids of its
 *   latest PARAMS.idsCap posts.
 *
 * Both live in items that are written anyway, so dedupe costs no extra write,
 * and neither grows with the rate. A mention (a post below the gate) has no
 * id here: one counted again is found by its time, author and text in its
 * category's burst window (burst.ts mentionCounted), or is older than the
 * window and ignored. What they do not catch: a part sent again after
 * PARAMS.appliedCap newer ones of its partition (a stage-1 retry comes back
 * after the ingest queue's visibility timeout), whose posts have also left
 * their candidate's id list (a big event's older posts), or whose candidate
 * expired. A post-id hash collision (odds idsCap / 2^32 per post, 6e-8) would
 * drop a post as a duplicate.
 */
import { createHash } from 'node:crypto';
import { hashStr } from '../hash';
import { PARAMS } from './params';
import type { Candidate, Head } from './state';

/** A post's identity is its source and id (two platforms may use the same ids). */
export const postIdHash = (source: string, id: string): number => hashStr(id, hashStr(source, 0x9e3779b9));

/** What the head keeps of a part's id, 48 bits: odds of two ids meeting about 100 / 2^48 (4e-13) per part. */
export const appliedKey = (partId: string): string => createHash('sha1').update(partId).digest('base64url').slice(0, 8);

export function wasApplied(head: Head, partId: string): boolean {
  // A head written before the digests holds the raw ids of its whole messages (a message was one part, under the
  // same id): a message applied just before the upgrade and delivered again after it is still known.
  return head.applied.includes(appliedKey(partId)) || head.applied.includes(partId);
}

export function markApplied(head: Head, partId: string): void {
  head.applied.push(appliedKey(partId));
}

/** After a batch that marked `marked` parts: the latest PARAMS.appliedCap, or the batch's own when more. */
export function trimApplied(head: Head, marked: number): void {
  const keep = Math.max(PARAMS.appliedCap, marked);
  if (head.applied.length > keep) head.applied.splice(0, head.applied.length - keep);
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
