/**
 * The filter choices. The domain's own lists live beside zod schemas, which
 * would add 450 kB to the page: these copies are checked against the
 * domain's types both ways, so a category or level added there fails the
 * type check until it is added here.
 */
import type { Category, Level } from '../../functions/domain/alert';

export const CATEGORIES = [
  'attack',
  'explosion',
  'fire',
  'earthquake',
  'storm',
  'flood',
  'crash',
  'collapse',
  'unrest',
  'other',
] as const satisfies readonly Category[];
export const LEVELS = ['flash', 'urgent', 'alert'] as const satisfies readonly Level[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const checked: [Exhaustive<Category, (typeof CATEGORIES)[number]>, Exhaustive<Level, (typeof LEVELS)[number]>] =
  [true, true];
