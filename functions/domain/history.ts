/** Who changed a customer's contract or a source's registry entry, when, and what: kept for good, shown by the CLI. */
import { z } from 'zod';
import type { Customer } from './customer';
import { IsoTime } from './post';

export const ChangeSchema = z.object({
  subject: z.enum(['customer', 'source']),
  /** The customer id or source name. */
  key: z.string().min(1),
  at: IsoTime,
  /** The operator: the AWS caller identity (ARN), or local:$USER on the local environment. */
  by: z.string().min(1).max(512),
  action: z.enum(['add', 'update', 'set-status', 'remove', 'add-source']),
  /** Field path -> [before, after]; a whole item for add/remove. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  /** The item's version after the change (customers). */
  version: z.number().int().nonnegative().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

/** Field paths whose value differs between two customers (bookkeeping fields left out), each with [before, after]. */
export function customerDiff(before: Customer | undefined, after: Customer | undefined): Change['changes'] {
  const out: Change['changes'] = {};
  const skip = new Set(['updatedAt', 'createdAt', 'version']);
  const walk = (a: Json, b: Json, path: string) => {
    const isObj = (x: Json) => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (isObj(a) && isObj(b)) {
      const ao = a as Record<string, Json>;
      const bo = b as Record<string, Json>;
      for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
        if (!path && skip.has(k)) continue;
        walk(ao[k], bo[k], path ? `${path}.${k}` : k);
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out[path || '(item)'] = [a ?? null, b ?? null];
  };
  walk(before as Json, after as Json, '');
  return out;
}
