import { z } from 'zod';
import { CATEGORIES, LEVELS } from './alert-kinds';
import { IsoTime } from './post';

export { CATEGORIES, LEVELS };

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const LocationSchema = z.object({
  name: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** ISO 3166-1 alpha-2, when known. */
  country: z.string().length(2).optional(),
  /** Confidence radius around lat/lon, km: a city 10-25, an admin area or a country its own size (absent in alerts written before it existed). */
  radiusKm: z.number().positive().optional(),
  /** First-level admin area (state, province, region) name, when resolved to one or inside one. */
  admin1: z.string().optional(),
});
export type Location = z.infer<typeof LocationSchema>;

/** Longest excerpt of a post an alert carries (characters). */
export const EXCERPT_MAX_CHARS = 280;

/**
 * The event's representative post (engine/representative.ts says which):
 * its cleaned text, language, author handle and link. The only post text an
 * alert holds: readers leave it out once the post or its author has a
 * tombstone, and the redact function removes it from the stored versions
 * (docs/retention.md).
 */
export const PostExcerptSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  text: z.string().min(1).max(EXCERPT_MAX_CHARS),
  /** ISO 639-1 code the detector identified, or 'und'. */
  lang: z.string().min(2).max(8),
  handle: z.string().min(1).max(128).optional(),
  /** https link to the post, when its source has one. */
  url: z.string().url().startsWith('https://').optional(),
});
export type PostExcerpt = z.infer<typeof PostExcerptSchema>;

export const CHANGE_FIELDS = [
  'level',
  'severity',
  'category',
  'place',
  'deaths',
  'magnitude',
  'authors',
  'sources',
] as const;

/** One difference between two versions: the field, its values, and the same in words ("death toll 3 → 7"). */
export const ChangeSchema = z.object({
  field: z.enum(CHANGE_FIELDS),
  from: z.union([z.string(), z.number(), z.null()]),
  to: z.union([z.string(), z.number(), z.null()]),
  text: z.string(),
});
export type Change = z.infer<typeof ChangeSchema>;

/**
 * One version of an alert. alertId is stable for an event; an escalation
 * (more authors, higher severity) is a new version of the same alertId.
 */
export const AlertSchema = z.object({
  alertId: z.string().min(1),
  version: z.number().int().positive(),
  category: Category,
  severity: z.number().int().min(1).max(5),
  level: Level,
  /** The headline in words, made from the event's facts (functions/domain/headline.ts). */
  title: z.string().min(1).max(300),
  location: LocationSchema.nullable(),
  firstSeenAt: IsoTime,
  /** Stream time of the post that crossed the threshold for this version. */
  triggeredAt: IsoTime,
  /** Post ids, most representative first. */
  evidence: z.array(z.string()).min(1).max(20),
  /** Data sources of the evidence (e.g. twitter): source usage policies apply to each. */
  sources: z.array(z.string()).min(1),
  authors: z.number().int().nonnegative(),
  posts: z.number().int().nonnegative(),
  terms: z.array(z.string()),
  /** Most deaths any of its posts reported (absent: none reported). */
  deaths: z.number().int().positive().optional(),
  /** Largest earthquake magnitude its posts reported. */
  magnitude: z.number().positive().optional(),
  /** The representative post (absent when none qualifies, or once removed after a deletion). */
  post: PostExcerptSchema.optional(),
  /** What changed since the previous version (empty in version 1): the changes that made this version and the rest. */
  changes: z.array(ChangeSchema).max(CHANGE_FIELDS.length).optional(),
  scoreParts: z.record(z.string(), z.number()),
});
export type Alert = z.infer<typeof AlertSchema>;
