import { z } from 'zod';
import { Category } from './alert';
import { IsoTime } from './post';

export const SECTORS = [
  'news_media',
  'finance',
  'corporate_security',
  'public_sector',
  'intelligence',
  'ngo',
  'other',
] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

export const CONTRACT_STATUSES = ['active', 'trial', 'suspended', 'expired', 'terminated'] as const;
export const ContractStatus = z.enum(CONTRACT_STATUSES);
export type ContractStatus = z.infer<typeof ContractStatus>;

export const RegionSchema = z.union([
  z.object({ country: z.string().length(2) }),
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), radiusKm: z.number().positive() }),
]);
export type Region = z.infer<typeof RegionSchema>;

export const CustomerSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lowercase letters, digits and dashes, 2-63 chars'),
  name: z.string().min(1).max(200),
  sector: Sector,
  contract: z.object({
    status: ContractStatus,
    tier: z.string().min(1).max(64),
    startsAt: IsoTime,
    endsAt: IsoTime.optional(),
  }),
  entitlements: z.object({
    /** Empty means every category. */
    categories: z.array(Category),
    /** Empty means worldwide. */
    regions: z.array(RegionSchema),
    minSeverity: z.number().int().min(1).max(5),
  }),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** Incremented by every change; a change is written only if the version is still the one it was based on. Absent on items written before versions: 0. */
  version: z.number().int().nonnegative().optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;

/**
 * One bar of a data source on a sector, effective from `from` (inclusive)
 * until lifted (`until`, exclusive). A source's policy is the history of its
 * bars: a bar is written once and only ever closed, never overwritten.
 */
export const SourcePolicySchema = z.object({
  source: z.string().min(1).max(64),
  sector: Sector,
  from: IsoTime,
  /** When the bar ends; absent while in force. */
  until: IsoTime.optional(),
  /** When and by whom the bar was set, and lifted. */
  setAt: IsoTime,
  setBy: z.string().max(512).optional(),
  liftedAt: IsoTime.optional(),
  liftedBy: z.string().max(512).optional(),
});
export type SourcePolicy = z.infer<typeof SourcePolicySchema>;
