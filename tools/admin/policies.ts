/**
 * Source usage policies as histories of bars: `policy set --bar` adds a bar,
 * `--lift` closes the open ones; nothing is overwritten, so `policy history`
 * shows who barred what, from when, and who lifted it. Sources are checked
 * against the registry and stored under their canonical name.
 */
import type { Sector, SourcePolicy } from '../../functions/domain/customer';
import type { AdminContext } from './context';
import { UsageError } from './usage-error';

async function canonicalSource(ctx: AdminContext, source: string): Promise<string> {
  const registry = await ctx.registry();
  const name = registry.canonical(source);
  if (name === undefined) throw new UsageError(registry.unknown(source));
  return name;
}

/** Bars a sector from alerts built on a source's posts, from `from` on. */
export async function barSector(
  ctx: AdminContext,
  source: string,
  sector: Sector,
  from: string,
  now = new Date(),
): Promise<SourcePolicy> {
  const p: SourcePolicy = {
    source: await canonicalSource(ctx, source),
    sector,
    from,
    setAt: now.toISOString(),
    setBy: await ctx.operator(),
  };
  await ctx.customers.addBar(p);
  return p;
}

/** Ends the source's open bars on the sector at `at` (they stay in its history, closed). */
export async function liftBar(
  ctx: AdminContext,
  source: string,
  sector: Sector,
  at: string,
  now = new Date(),
): Promise<SourcePolicy[]> {
  const name = await canonicalSource(ctx, source);
  const registry = await ctx.registry();
  const closed = await ctx.customers.liftBars((b) => registry.resolve(b.source) === name && b.sector === sector, {
    until: at,
    liftedAt: now.toISOString(),
    liftedBy: await ctx.operator(),
  });
  if (closed.length === 0) throw new UsageError(`${name} does not bar ${sector}`);
  return closed;
}

/** Every bar of a source (under any of its names), oldest first. */
export async function policyHistory(ctx: AdminContext, source: string): Promise<SourcePolicy[]> {
  const name = await canonicalSource(ctx, source);
  const registry = await ctx.registry();
  return (await ctx.customers.listPolicies()).filter((b) => registry.resolve(b.source) === name);
}
