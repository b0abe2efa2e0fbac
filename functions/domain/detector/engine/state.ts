/**
 * The engine's keyed state: one partition head and its candidate events,
 * typed and versioned, decoded with zod on load. An item of another state
 * version (or one that does not decode) is discarded and starts afresh: the
 * store keeps its item version, so the conditional write still holds.
 *
 * Items (JSON in the EventStateStore):
 *   p#<family>              partition head: stream clock, active candidates, background rates, digests of the parts applied lately
 *   e#<family>#<start>.<h>  candidate event: trigger window, event accumulators, the alert it raised
 */
import { z } from 'zod';
import { Category, EXCERPT_MAX_CHARS, Level } from '../../alert';
import { NumberList, NumberRecord } from '../../number-schemas';
import { HeldPlaceSchema, PlaceVotesSchema } from '../../places';

/** Bump when a change makes stored items unreadable; older items are discarded on load. */
export const STATE_VERSION = 3;

/** One post in a candidate's trigger window (or cited as evidence). */
export const RecentPostSchema = z.object({
  id: z.string(),
  t: z.number(),
  /** Author hash. */
  a: z.number(),
  /** Evidence weight. */
  w: z.number(),
  /** Representativeness (evidence order). */
  r: z.number(),
  src: z.string(),
  /** Text hash (retweets and copies share it). */
  dup: z.number(),
  /** Category index. */
  k: z.number(),
  /** Content-word hashes. */
  c: NumberList,
  /** First-report cue present. */
  s: z.boolean(),
  /** Those of `c` that name its place (the words of its place names, its town and area readings): one shared thing between two posts. */
  pl: NumberList.optional(),
  /** Asks rather than tells (score.ts `asks`); absent when it tells. */
  q: z.literal(true).optional(),
  /** Talk about attackers or their ideology, no event named (score.ts `topic`); absent otherwise. */
  tp: z.literal(true).optional(),
  /** Hashes of the storm names it gives ("Typhoon Haiyan": haiyan); absent when it names none. */
  n: NumberList.optional(),
  /** A first-hand report of an event felt at once over a wide area (an earthquake: "felt it"); absent otherwise. */
  e: z.literal(true).optional(),
  /** Its language (score.ts lang); absent when unknown, and in windows written before it was kept. */
  l: z.string().optional(),
});
export type RecentPost = z.infer<typeof RecentPostSchema>;

/**
 * The event's representative post (representative.ts chooses it): what the
 * alert quotes. One per candidate, its text at most EXCERPT_MAX_CHARS; the
 * redact function clears it when the post or its author is deleted.
 */
export const RepPostSchema = z.object({
  id: z.string(),
  src: z.string(),
  t: z.number(),
  /** The rule's score (representative.ts). */
  score: z.number(),
  text: z.string().max(EXCERPT_MAX_CHARS),
  lang: z.string(),
  handle: z.string(),
});
export type RepPost = z.infer<typeof RepPostSchema>;

/** The facts of the version last written (alert-changes.ts AlertFacts): what the next version's changes are judged against. */
export const ShownFactsSchema = z.object({
  level: Level,
  severity: z.number().int(),
  category: z.string(),
  place: z.string().nullable(),
  deaths: z.number(),
  magnitude: z.number(),
  authors: z.number(),
  sources: z.string(),
});

export const AlertMarkSchema = z.object({
  alertId: z.string(),
  version: z.number().int(),
  severity: z.number().int(),
  authors: z.number().int(),
  category: Category,
  /** The place the alert shows (moves only to a stronger refinement inside it). */
  place: HeldPlaceSchema.nullable(),
  firstSeenAt: z.number(),
  /** What the last version showed, and its stream time (null/0 in items written before they existed). */
  shown: ShownFactsSchema.nullable().default(null),
  shownAt: z.number().default(0),
  /** A material change the 10-minute limit held back: it goes out with the partition's first post once due, not only with the event's own next post. */
  held: z.boolean().default(false),
});
export type AlertMark = z.infer<typeof AlertMarkSchema>;

export const CandidateSchema = z.object({
  sv: z.literal(STATE_VERSION),
  key: z.string(),
  /** Coarse area of the post that opened it ('?' unplaced): its background rate and its open pool. */
  area: z.string(),
  /** Where its posts' place votes resolve while it is open (an alert holds its own place): it pools the posts read near it. */
  anchor: HeldPlaceSchema.nullable(),
  startedAt: z.number(),
  lastAt: z.number(),
  recent: z.array(RecentPostSchema),
  posts: z.number().int(),
  /** Author hashes, exactly, up to PARAMS.authorsCap; authorBits counts beyond (linear counting). */
  authors: NumberList,
  authorBits: NumberList.nullable(),
  dups: NumberList,
  /** Hashes of the ids of the posts absorbed (latest PARAMS.idsCap): the same post in another message is not counted twice. */
  ids: NumberList,
  catVotes: NumberList,
  places: PlaceVotesSchema,
  terms: NumberRecord,
  evidence: z.array(RecentPostSchema),
  /** Every source whose posts went into anything of this event (accumulators, window, merges). */
  sources: z.array(z.string()),
  maxDeaths: z.number(),
  /** [deaths reported, posts reporting it], at most DEATH_COUNTS_CAP (representative.ts) values: the headline's toll is a corroborated one. */
  deathCounts: z.array(z.tuple([z.number(), z.number().int()])).default([]),
  maxMagnitude: z.number(),
  casualtyPosts: z.number().int(),
  eyewitness: z.number().int(),
  credible: z.number().int(),
  alert: AlertMarkSchema.nullable(),
  /** Weather events: how many posts gave each name (at most 12 names): the storm's name in the headline. */
  nameCounts: z.record(z.string(), z.number()).default({}),
  rep: RepPostSchema.nullable().default(null),
  /** Content-word hash -> count over the event's posts (capped). */
  content: NumberRecord,
  /** Set when this candidate's burst turned out to be an already alerted event. */
  mergedInto: z.string().nullable(),
  /** Its own posts counted into its area's background so far (decayed count, last time; PARAMS.slowFamilies): an event is not its own background. */
  own: z.tuple([z.number(), z.number()]).optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/** One category's burst state (burst.ts): decayed count of posts naming it, its time, and who named it lately. */
export const CategoryBurstSchema = z.object({
  n: z.number(),
  at: z.number(),
  /** [time, author hash, text hash] of the posts within PARAMS.burstMs. */
  w: z.array(z.tuple([z.number(), z.number(), z.number()])),
});
export type CategoryBurst = z.infer<typeof CategoryBurstSchema>;

export const HeadSchema = z.object({
  sv: z.literal(STATE_VERSION),
  key: z.string(),
  /** The partition's stream clock: the latest post time applied, each bounded by its ingest clock. */
  clock: z.number(),
  /** [candidate key, lastAt, alerted 0/1], most recent first. */
  active: z.array(z.tuple([z.string(), z.number(), z.number()])),
  /** `${area}|${source}` -> [background EWMA count, at]: gated posts not part of an alerted event. */
  bg: z.record(z.string(), z.tuple([z.number(), z.number()])),
  /** Digests of the ids of the parts applied lately (dedupe.ts appliedKey; raw message ids in heads written before): a part delivered again is skipped. */
  applied: z.array(z.string()),
  /** Category index -> its burst state (burst.ts); absent in heads written before it. */
  burst: z.record(z.string(), CategoryBurstSchema).default({}),
  /** Category index -> the last time it burst. */
  burstAt: z.record(z.string(), z.number()).default({}),
  /** Category index -> when its latest burst began. */
  burstFrom: z.record(z.string(), z.number()).default({}),
  /** When the head began counting mentions (0: not yet): a category's rate is its count over this time. */
  burstSince: z.number().default(0),
  /** A family's unplaced group under a finer key: its placed groups heard from lately (group -> time), told when a burst begins. */
  placed: z.record(z.string(), z.number()).optional(),
});
export type Head = z.infer<typeof HeadSchema>;

export const headKey = (family: string): string => `p#${family}`;
export const familyOfHeadKey = (key: string): string => key.slice(2);

export function emptyHead(family: string): Head {
  return { sv: STATE_VERSION, key: headKey(family), clock: 0, active: [], bg: {}, applied: [], burst: {}, burstAt: {}, burstFrom: {}, burstSince: 0 };
}

export function newCandidate(key: string, area: string, t: number, nCats: number): Candidate {
  return {
    sv: STATE_VERSION,
    key,
    area,
    anchor: null,
    startedAt: t,
    lastAt: t,
    recent: [],
    posts: 0,
    authors: [],
    authorBits: null,
    dups: [],
    ids: [],
    catVotes: new Array<number>(nCats).fill(0),
    places: { v: [] },
    terms: {},
    evidence: [],
    sources: [],
    maxDeaths: 0,
    deathCounts: [],
    maxMagnitude: 0,
    casualtyPosts: 0,
    eyewitness: 0,
    credible: 0,
    alert: null,
    nameCounts: {},
    rep: null,
    content: {},
    mergedInto: null,
  };
}

/** Starts the event afresh in the same item (idle for PARAMS.idleMs): the window and the alert go, the item stays. */
export function resetCandidate(c: Candidate, t: number, nCats: number): void {
  const fresh = newCandidate(c.key, c.area, t, nCats);
  fresh.ids = c.ids;
  Object.assign(c, fresh);
  delete c.own;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

/** JSON text -> typed item, or why it was discarded. */
export function decodeItem<S extends z.ZodType>(schema: S, text: string): Decoded<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${(e as Error).message}` };
  }
  const sv = (raw as { sv?: unknown } | null)?.sv;
  if (sv !== STATE_VERSION) return { ok: false, reason: `state version ${String(sv)}, this code reads ${STATE_VERSION}` };
  const r = schema.safeParse(raw);
  if (!r.success) return { ok: false, reason: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, value: r.data };
}
