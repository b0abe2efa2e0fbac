/**
 * The engine's parameters: one frozen object, read by every engine module.
 * The trigger's two numbers (baseThreshold, bgFactor) were tuned on the dev
 * stream (docs/detector.md); the rest are bounds on time and state size.
 */

import { CATS } from '../seeds/types';

export const PARAMS = Object.freeze({
  /** Trigger window (ms). */
  windowMs: 45 * 60_000,
  /** A candidate idle this long starts afresh (a new event, a new alertId). */
  idleMs: 6 * 3600_000,
  /** Evidence score needed (on top of the background term). */
  baseThreshold: 1.6,
  /** Minimum distinct authors. */
  minAuthors: 2,
  /** Background EWMA time constant (ms). */
  bgTauMs: 24 * 3600_000,
  /** Extra evidence needed per expected background post in the window. */
  bgFactor: 4.0,
  /** Unplaced posts join an open placed candidate of the family seen within this (ms). */
  attachMs: 60 * 60_000,
  /** A burst elsewhere joins an alerted event of the same category active within this (ms) when it shares content. */
  mergeMs: 2 * 3600_000,
  /** A same-category post at the place of an alerted event this recently active belongs to it. */
  sameEventMs: 30 * 60_000,
  /**
   * Two readings of one event's place lie within both radii plus this (km),
   * by category: an explosion or a riot is a point, a wildfire spreads over a
   * district, a storm or an earthquake is felt and reported across a region.
   */
  sameEventKm: Object.freeze({
    attack: 50,
    explosion: 50,
    crash: 50,
    collapse: 50,
    unrest: 50,
    other: 50,
    fire: 150,
    earthquake: 300,
    storm: 800,
    flood: 800,
  } as Readonly<Record<string, number>>),
  /** Families whose events are points: an open candidate pools only the posts read near its place (regional ones pool their area). */
  pointFamilies: Object.freeze(['inc', 'unrest', 'other']) as readonly string[],
  /** Families whose events unfold over hours (a storm is forecast, then reported along its track): an event's own earlier reports are not its background. */
  slowFamilies: Object.freeze(['wx']) as readonly string[],
  /**
   * Families whose events are felt over a wide area at once (an earthquake): a first-hand report of one that names no
   * place ("felt it!") is a witness of the quake its area's reports name in the same window.
   */
  feltFamilies: Object.freeze(['quake']) as readonly string[],
  /**
   * Weight of the place votes of a felt family's report that gives a magnitude (accumulate.ts): "M5.9, 30 km north of
   * Modena" says where the quake was; "felt it here in Milan" where it was felt, which for a quake is anywhere within
   * hundreds of km of it.
   */
  magnitudePlaceWeight: 2,
  /**
   * In the first minutes of a quake's alert, the felt reports that name no place are that quake's in any language
   * (routing.ts findMerge): where it is felt, people write the language of the place and the one they post in (an
   * English "did you feel that?" in Tokyo), and a second quake elsewhere so soon is far rarer. Later, the language
   * tells two quakes apart.
   */
  feltAnyLanguageMs: 5 * 60_000,
  /** A category's burst of authors is counted over this window (ms; burst.ts). */
  burstMs: 10 * 60_000,
  /** A burst: a count of independent voices that the category's own rate reaches with a probability below this. */
  burstAlpha: 1e-6,
  /**
   * Unplaced reports witness a point event reported at a place (witnesses.ts) when the category's voices of the last
   * PARAMS.burstMs are beyond what its rate gives with this probability: less than a burst asks (which alerts without
   * weight), as the witnesses still need the placed report, the weight and a first-report cue.
   */
  witnessAlpha: 1e-4,
  /** Posts a category's burst window keeps. */
  burstCap: 64,
  /** Alert ids name the slot of this length (ms) holding the event's first report (see alert.ts alertIdOf). */
  idSlotMs: 3 * 3600_000,
  /** A post dated later than the ingest clock plus this counts at the clock plus this (no post can move the partition's clock further). */
  futureSlackMs: 5 * 60_000,
  /** Posts kept in a candidate's trigger window. */
  recentCap: 60,
  /** Evidence posts an alert version cites. */
  evidenceCap: 20,
  /** Active candidates a partition keeps (most recent first). */
  activeCap: 50,
  /** Background-rate entries (area x source) a partition keeps. */
  bgCap: 300,
  /**
   * Parts (one ingest message's evidence for the partition) a partition remembers by id, or all of its last batch's
   * when more (10 evidence messages of up to 10 parts each): a batch committed and then delivered again is skipped
   * whole, and a head written at a few parts a batch stays small.
   */
  appliedCap: 64,
  /** Post-id hashes a candidate remembers (the same post sent again in another message). */
  idsCap: 256,
  /** Authors a candidate lists exactly; beyond, the count is estimated (authorBits). */
  authorsCap: 256,
  /** Text hashes a candidate remembers (retweets and copies count less). */
  dupsCap: 200,
  stateTtlSeconds: 24 * 3600,
});

export type Params = typeof PARAMS;

/** Category -> family: the detector's state partitions (stage 2's keys). */
export const FAMILY_OF: Readonly<Record<string, string>> = Object.freeze({
  attack: 'inc',
  explosion: 'inc',
  fire: 'inc',
  crash: 'inc',
  collapse: 'inc',
  earthquake: 'quake',
  storm: 'wx',
  flood: 'wx',
  unrest: 'unrest',
});

/** The family (partition) of the category with this index (CATS order). */
export const familyOfCat = (k: number): string => FAMILY_OF[CATS[k] as string] ?? 'other';
