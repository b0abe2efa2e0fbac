/**
 * Stage 2's key, measured (issue 11, the 150,000 posts/s burst): how a
 * workload's evidence spreads over FIFO groups under the key the detector
 * uses today (its partition: the category family, 4 groups) and under the
 * proposed family x region key (docs/benchmarks.md, "family x region").
 *
 * A post's region is the coarse area stage 1 already gives its place
 * (`place.key`: the country, or country-admin1 where the country is wider
 * than 1,000 km, e.g. US-TX), or `none` when it names no place or its
 * readings disagree (`?`). Posts without a region keep their family's own
 * group (`inc#none`): what they add to an event is joined by content there,
 * and a triggered candidate's identity across groups is stage 3's. Half the
 * evidence has no region (measured), so that group is the busiest; the third
 * key spreads it by the post's near-duplicate key (`dupKey`, the same for a
 * post and its retweets and copies, which are most of a burst) over
 * UNPLACED_SPREAD groups per family.
 */

import {
  groupOf as engineGroupOf,
  regionOf as engineRegionOf,
  NO_REGION,
  type StageKey,
} from '../../functions/domain/detector/engine/evidence';

/** What a key needs of one evidence post: its place's coarse area, if any. */
export interface KeyedEvidence {
  place: { key: string } | null;
  /** Near-duplicate key: a post, its retweets and its copies share it. */
  dupKey: number;
}

/** One part of stage 1: an ingest message's evidence for one partition (stage 1 packs an invocation's parts per partition). */
export interface KeyedMessage {
  partition: string;
  evidence: readonly KeyedEvidence[];
}

export type Keying = 'family' | 'familyRegion' | 'familyRegionSpread';

export { NO_REGION, UNPLACED_SPREAD } from '../../functions/domain/detector/engine/evidence';

/** The engine's stage-2 key (evidence.ts StageKey) each keying measures. */
export const STAGE_KEY_OF: Readonly<Record<Keying, StageKey>> = {
  family: 'family',
  familyRegion: 'region',
  familyRegionSpread: 'region-dup',
};

/** The region of a post: its place's coarse area, or none. */
export const regionOf = (e: KeyedEvidence): string => engineRegionOf(e.place);

/** The FIFO group a post goes to under a keying: the engine's own routing (evidence.ts groupOf), so the model and the replay agree. */
export function groupOf(keying: Keying, partition: string, e: KeyedEvidence): string {
  return engineGroupOf(STAGE_KEY_OF[keying], partition, e.place, e.dupKey);
}

export interface KeyingMeasure {
  keying: Keying;
  /** Distinct groups that received evidence over the workload. */
  groups: number;
  /** Ingest messages per stage-1 invocation whose evidence is packed together (1: each on its own). */
  ingestMessagesPerInvocation: number;
  /** Parts (one per group with evidence in an ingest message) per ingest message. */
  partsPerIngestMessage: number;
  /** Evidence messages per ingest message as sent: one per group with evidence in an invocation. */
  evidenceMessagesPerIngestMessage: number;
  /** Evidence posts per evidence message as sent. */
  evidencePerMessage: number;
  /** The group most ingest messages carry evidence for, and that share of ingest messages (1: every one). */
  busiestGroup: string;
  busiestGroupMessageShare: number;
  /** The share of invocations that send that group a message. */
  busiestGroupInvocationShare: number;
  /** The busiest group's share of all evidence posts. */
  busiestGroupEvidenceShare: number;
  /** Share of evidence posts with no region (they stay in their family's `none` group). */
  unplacedEvidenceShare: number;
}

/** The figures of a keying from its counts: per group, ingest messages with it and its evidence; the totals. */
function keyingFigures(
  keying: Keying,
  ingestMessages: number,
  c: {
    messagesWith: Map<string, number>;
    evidenceIn: Map<string, number>;
    messages: number;
    evidence: number;
    unplaced: number;
    /** The same over invocations of `perInvocation` ingest messages (absent: each message its own invocation). */
    packed?: { perInvocation: number; invocations: number; messages: number; invocationsWith: Map<string, number> };
  },
): KeyingMeasure {
  const [busiestGroup, busiest] = [...c.messagesWith].reduce<[string, number]>(
    (x, y) => (y[1] > x[1] ? y : x),
    ['', 0],
  );
  const n = Math.max(1, ingestMessages);
  const sent = c.packed?.messages ?? c.messages;
  return {
    keying,
    groups: c.messagesWith.size,
    ingestMessagesPerInvocation: c.packed?.perInvocation ?? 1,
    partsPerIngestMessage: c.messages / n,
    evidenceMessagesPerIngestMessage: sent / n,
    evidencePerMessage: c.evidence / Math.max(1, sent),
    busiestGroup,
    busiestGroupMessageShare: busiest / n,
    busiestGroupInvocationShare: c.packed
      ? (c.packed.invocationsWith.get(busiestGroup) ?? 0) / Math.max(1, c.packed.invocations)
      : busiest / n,
    busiestGroupEvidenceShare: (c.evidenceIn.get(busiestGroup) ?? 0) / Math.max(1, c.evidence),
    unplacedEvidenceShare: c.unplaced / Math.max(1, c.evidence),
  };
}

/** How the evidence of `ingest` (per ingest message, stage 1's messages) spreads over groups under `keying`. */
export function measureKeying(ingest: readonly (readonly KeyedMessage[])[], keying: Keying): KeyingMeasure {
  const messagesWith = new Map<string, number>();
  const evidenceIn = new Map<string, number>();
  let messages = 0;
  let evidence = 0;
  let unplaced = 0;
  for (const stage1 of ingest) {
    const groups = new Set<string>();
    for (const m of stage1)
      for (const e of m.evidence) {
        const g = groupOf(keying, m.partition, e);
        groups.add(g);
        evidenceIn.set(g, (evidenceIn.get(g) ?? 0) + 1);
        evidence++;
        if (regionOf(e) === NO_REGION) unplaced++;
      }
    messages += groups.size;
    for (const g of groups) messagesWith.set(g, (messagesWith.get(g) ?? 0) + 1);
  }
  return keyingFigures(keying, ingest.length, { messagesWith, evidenceIn, messages, evidence, unplaced });
}

/** One stage-1 message as the engine routed it (stages.ts scoreBatch under a StageKey): its group, what it carries. */
export interface RoutedMessage {
  partition: string;
  evidence: readonly KeyedEvidence[];
  mentions?: readonly unknown[] | undefined;
}

/**
 * The same figures from the messages stage 1 actually sends under a key (scoreBatch with that key), mentions-only
 * messages included (measureKeying re-keys evidence only): what the replay routes, for keyedCapacity. Stage 1 packs
 * the parts of `perInvocation` consecutive ingest messages into one message per group (the body limit aside).
 */
export function measureRouted(
  ingest: readonly (readonly RoutedMessage[])[],
  keying: Keying,
  perInvocation = 1,
): KeyingMeasure {
  const messagesWith = new Map<string, number>();
  const evidenceIn = new Map<string, number>();
  const invocationsWith = new Map<string, number>();
  let messages = 0;
  let evidence = 0;
  let unplaced = 0;
  let packedMessages = 0;
  for (let i = 0; i < ingest.length; i += perInvocation) {
    const groups = new Set<string>();
    for (const stage1 of ingest.slice(i, i + perInvocation)) {
      messages += stage1.length;
      for (const m of stage1) {
        groups.add(m.partition);
        messagesWith.set(m.partition, (messagesWith.get(m.partition) ?? 0) + 1);
        evidenceIn.set(m.partition, (evidenceIn.get(m.partition) ?? 0) + m.evidence.length);
        evidence += m.evidence.length;
        unplaced += m.evidence.filter((e) => regionOf(e) === NO_REGION).length;
      }
    }
    packedMessages += groups.size;
    for (const g of groups) invocationsWith.set(g, (invocationsWith.get(g) ?? 0) + 1);
  }
  const packed = {
    perInvocation,
    invocations: Math.ceil(ingest.length / perInvocation),
    messages: packedMessages,
    invocationsWith,
  };
  return keyingFigures(keying, ingest.length, { messagesWith, evidenceIn, messages, evidence, unplaced, packed });
}
