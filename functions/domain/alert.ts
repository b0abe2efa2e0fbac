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
  scoreParts: z.record(z.string(), z.number()),
});
export type Alert = z.infer<typeof AlertSchema>;
