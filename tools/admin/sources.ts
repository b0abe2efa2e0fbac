/** The source registry as operators see and extend it (functions/domain/sources.ts). */
import { SEED_SOURCES, type SourceEntry, SourceName } from '../../functions/domain/sources';
import type { AdminContext } from './context';
import { UsageError } from './usage-error';

export async function listSources(ctx: AdminContext): Promise<(SourceEntry & { seeded: boolean })[]> {
  const registry = await ctx.registry();
  return registry.entries.map((e) => ({ ...e, seeded: SEED_SOURCES.some((s) => s.name === e.name) }));
}

/** A new source, with its aliases; refused when the name or an alias is already a source or alias. */
export async function addSource(
  ctx: AdminContext,
  name: string,
  aliases: readonly string[],
  now = new Date(),
): Promise<SourceEntry> {
  const names = [name, ...aliases].map((n) => n.trim().toLowerCase());
  for (const n of names) {
    const r = SourceName.safeParse(n);
    if (!r.success) throw new UsageError(`source name "${n}": ${r.error.issues[0]?.message}`);
  }
  if (new Set(names).size !== names.length) throw new UsageError(`a name given twice: ${names.join(', ')}`);
  const registry = await ctx.registry();
  const taken = names.filter((n) => registry.canonical(n) !== undefined);
  if (taken.length > 0)
    throw new UsageError(`already known: ${taken.map((n) => `${n} (${registry.canonical(n)})`).join(', ')}`);
  const [canonical, ...rest] = names as [string, ...string[]];
  const entry: SourceEntry = {
    name: canonical,
    aliases: rest,
    addedAt: now.toISOString(),
    addedBy: await ctx.operator(),
  };
  const added = await ctx.customers.addSource(entry, {
    subject: 'source',
    key: canonical,
    at: entry.addedAt,
    by: entry.addedBy,
    action: 'add-source',
    changes: { '(item)': [null, { aliases: rest }] },
  });
  if (!added) throw new UsageError(`source "${canonical}" exists`);
  return entry;
}
