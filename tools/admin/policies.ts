import type { Sector, SourcePolicy } from '../../functions/domain/customer';
import type { AdminContext } from './context';
import { UsageError } from './usage-error';

/** Bars a sector from alerts built on a source's posts, from `from` on (the fan-out reads policies afresh for every batch). */
export async function barSector(
  ctx: AdminContext,
  source: string,
  sector: Sector,
  from: string,
  now = new Date(),
): Promise<SourcePolicy> {
  const p: SourcePolicy = { source, sector, from, setAt: now.toISOString() };
  await ctx.customers.putPolicy(p);
  return p;
}

export async function liftBar(
  ctx: AdminContext,
  source: string,
  sector: Sector,
  at: string,
  now = new Date(),
): Promise<SourcePolicy> {
  const current = (await ctx.customers.listPolicies()).find((p) => p.source === source && p.sector === sector);
  if (!current) throw new UsageError(`${source} does not bar ${sector}`);
  const p: SourcePolicy = { ...current, until: at, setAt: now.toISOString() };
  await ctx.customers.putPolicy(p);
  return p;
}
