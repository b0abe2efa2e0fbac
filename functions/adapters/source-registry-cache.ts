import { type SourceEntry, SourceRegistry } from '../domain/sources';

/**
 * The source registry for a long-lived reader (the score function): read at
 * most once per `ttlMs`, so that no post and no invocation re-reads it. A
 * source added to the registry is accepted within `ttlMs`; posts of it that
 * arrive sooner are quarantined (and can be redriven).
 */
export class CachedSourceRegistry {
  private cached: { at: number; registry: Promise<SourceRegistry> } | undefined;

  constructor(
    private readonly load: () => Promise<SourceEntry[]>,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  current(): Promise<SourceRegistry> {
    const t = this.now();
    if (this.cached && t - this.cached.at < this.ttlMs) return this.cached.registry;
    const registry = this.load().then((entries) => SourceRegistry.of(entries));
    // A failed read is not kept: the next message tries again.
    registry.catch(() => {
      if (this.cached?.registry === registry) this.cached = undefined;
    });
    this.cached = { at: t, registry };
    return registry;
  }
}
