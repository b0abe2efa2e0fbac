/**
 * The alert categories and levels, apart from their zod schemas (alert.ts):
 * the console bundles this module, and zod would add 450 kB to the page.
 * It imports nothing, so that it stays that small (test/unit/layout.test.ts).
 */
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
] as const;

/** flash is the most urgent. */
export const LEVELS = ['flash', 'urgent', 'alert'] as const;
