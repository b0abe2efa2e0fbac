/**
 * Stage 1's output: a scored post that passed the gate, and the partition
 * (stage 2's key) it goes to. What stage 2 reads of a post is `Evidence`
 * (a ScoredPost is one); between processes it travels as JSON and is
 * decoded with EvidenceSchema.
 */
import { z } from 'zod';
import { EXCERPT_MAX_CHARS } from '../../alert';
import type { ScoredPost } from '../score';
import { CATS } from '../lexicon';
import { familyOfCat } from './params';

export type Evidence = Pick<
  ScoredPost,
  | 'id'
  | 't'
  | 'source'
  | 'sig'
  | 'cat'
  | 'casualty'
  | 'eyewitness'
  | 'breaking'
  | 'strong'
  | 'place'
  | 'author'
  | 'followers'
  | 'verified'
  | 'isRetweet'
  | 'dupKey'
  | 'terms'
  | 'content'
  | 'magnitude'
  | 'deaths'
> & {
  catScores: ArrayLike<number>;
  asks?: boolean | undefined;
  /** Talk about attackers or their ideology, no event named (score.ts `topic`): no witness. */
  topic?: boolean | undefined;
  /** The language identified (ISO 639-1, or 'und'). */
  lang: string;
  /** The post's text as an alert may quote it (excerpt.ts; '' for a repost, whose words are another's). */
  excerpt: string;
  /** The author's handle, '' when unknown. */
  handle: string;
};

const PlaceVoteSchema = z.object({ k: z.string(), c: z.array(z.number()), p: z.array(z.number()), w: z.number() });
const PostPlaceSchema = z.object({
  votes: z.array(PlaceVoteSchema),
  best: z.number(),
  names: z.array(z.string()),
  key: z.string(),
});

export const EvidenceSchema = z.object({
  id: z.string().min(1),
  t: z.number().finite(),
  source: z.string().min(1),
  sig: z.number().min(0).max(1),
  cat: z.number().int().min(0).max(CATS.length - 1),
  catScores: z.array(z.number()).length(CATS.length),
  casualty: z.number(),
  eyewitness: z.boolean(),
  breaking: z.boolean(),
  strong: z.boolean(),
  /** Optional: messages written before it decode as statements. */
  asks: z.boolean().optional(),
  /** Optional: messages written before it decode as reports. */
  topic: z.boolean().optional(),
  place: PostPlaceSchema.nullable(),
  author: z.string(),
  followers: z.number(),
  verified: z.boolean(),
  isRetweet: z.boolean(),
  dupKey: z.number(),
  terms: z.array(z.string()),
  content: z.array(z.number()),
  magnitude: z.number(),
  deaths: z.number(),
  lang: z.string().min(2).max(8),
  excerpt: z.string().max(EXCERPT_MAX_CHARS),
  handle: z.string().max(128),
});

/**
 * A post that names a category literally but is no evidence (below the gate): what its category's burst of authors
 * needs of it (engine/burst.ts), and nothing else. Evidence posts count in the burst themselves.
 */
export const MentionSchema = z.object({
  t: z.number().finite(),
  /** Category index. */
  k: z.number().int().min(0).max(CATS.length - 1),
  author: z.string(),
  /** Text hash: retweets and copies of one text are one voice. */
  dupKey: z.number(),
  /** A copy of an evidence post sent to its family's unplaced group (stages.ts familyTalk): the group it went to. */
  g: z.string().optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One stage-2 message: evidence of one partition, with an id that stays the same when the message is sent again. */
export const EvidenceMessageSchema = z.object({
  id: z.string().min(1),
  partition: z.string().min(1),
  evidence: z.array(EvidenceSchema),
  /** Optional: messages written before mentions existed decode without them. */
  mentions: z.array(MentionSchema).optional(),
  /** Its family's burst began (category, time), seen in the family's unplaced group: check the open candidates (partition.ts). */
  sweeps: z.array(z.object({ k: z.number().int().min(0).max(CATS.length - 1), t: z.number().finite() })).optional(),
});
export type EvidenceMessage = {
  id: string;
  partition: string;
  evidence: readonly Evidence[];
  mentions?: readonly Mention[] | undefined;
  sweeps?: readonly { k: number; t: number }[] | undefined;
};

/** Stage 1's routing: the category family of a scored post, or null when it is no evidence (stage 1 drops it). */
export function partitionOf(p: Pick<ScoredPost, 'gated' | 'cat'>): string | null {
  if (!p.gated || p.cat < 0) return null;
  return familyOfCat(p.cat);
}

/**
 * Stage 2's key (the FIFO group and the state partition a post's evidence goes to), finer than the family for the
 * 150,000 posts/s burst (docs/benchmarks.md, "Stage 2's key"):
 *   family      the category family (4 groups: today's);
 *   region      family x the post's coarse area (`place.key`), `family#none` without one;
 *   region-dup  as region, the posts without one spread over UNPLACED_SPREAD groups by their text (`dupKey`: a post,
 *               its retweets and copies go together).
 * Every key starts with the family (familyOfGroup): the rules that go by family read it there.
 */
export const STAGE_KEYS = ['family', 'region', 'region-dup'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export const NO_REGION = 'none';
/** Groups per family for evidence without a region under `region-dup`. */
export const UNPLACED_SPREAD = 16;

/** A post's region: its place's coarse area, or NO_REGION when it names none or its readings disagree ('?'). */
export const regionOf = (place: { key: string } | null): string =>
  place && place.key !== '?' ? place.key : NO_REGION;

/** The stage-2 group of a post of `family` under `key`. */
export function groupOf(key: StageKey, family: string, place: { key: string } | null, dupKey: number): string {
  if (key === 'family') return family;
  const region = regionOf(place);
  if (key === 'region' || region !== NO_REGION) return `${family}#${region}`;
  return `${family}#${NO_REGION}/${(dupKey >>> 0) % UNPLACED_SPREAD}`;
}

/** The family a stage-2 group belongs to. */
export const familyOfGroup = (group: string): string => {
  const i = group.indexOf('#');
  return i < 0 ? group : group.slice(0, i);
};

/** A post below the gate that names a category literally: its family's mention (null when it is neither). */
export function mentionOf(p: Pick<ScoredPost, 'gated' | 'mention' | 'cat' | 't' | 'author' | 'dupKey'>): Mention | null {
  if (p.gated || !p.mention || p.cat < 0) return null;
  return { t: p.t, k: p.cat, author: p.author, dupKey: p.dupKey };
}

/** JSON-ready copy of a post's evidence (typed arrays become arrays). */
export function toEvidence(p: Evidence): z.infer<typeof EvidenceSchema> {
  return {
    id: p.id,
    t: p.t,
    source: p.source,
    sig: p.sig,
    cat: p.cat,
    catScores: Array.from(p.catScores),
    casualty: p.casualty,
    eyewitness: p.eyewitness,
    breaking: p.breaking,
    strong: p.strong,
    asks: p.asks ?? false,
    topic: p.topic ?? false,
    place: p.place ? { votes: p.place.votes, best: p.place.best, names: p.place.names, key: p.place.key } : null,
    author: p.author,
    followers: p.followers,
    verified: p.verified,
    isRetweet: p.isRetweet,
    dupKey: p.dupKey,
    terms: p.terms,
    content: p.content,
    magnitude: p.magnitude,
    deaths: p.deaths,
    lang: p.lang,
    excerpt: p.excerpt,
    handle: p.handle,
  };
}
