import { type Audience, parseAudience, type RawAudience } from '../domain/audience';

/** The audience a decision may use: read no longer than a bounded time ago. */
export interface AudienceSource {
  /** An audience read at most `maxAgeMs` ago. */
  fresh(): Promise<Audience>;
  readonly maxAgeMs: number;
}

/**
 * One invocation's view of customers, bars and sources: read at its start and
 * again whenever the last read is older than `maxAgeMs`, never kept across
 * invocations. Concurrent callers share one read.
 */
export class FreshAudience implements AudienceSource {
  private last: Promise<Audience> | undefined;

  constructor(
    private readonly load: () => Promise<RawAudience>,
    private readonly now: () => Date,
    readonly maxAgeMs: number,
    private readonly onRead: (a: Audience) => void = () => undefined,
  ) {}

  async fresh(): Promise<Audience> {
    const shared = this.last;
    if (shared) {
      const a = await shared.catch(() => undefined);
      if (a && this.now().getTime() - a.readAt.getTime() <= this.maxAgeMs) return a;
      // Another caller started a newer read meanwhile: share that one.
      if (this.last !== shared) return this.fresh();
    }
    // Stamped before the read: the data is at least this fresh.
    const readAt = this.now();
    const read = this.load().then((raw) => {
      const a = parseAudience(raw, readAt);
      this.onRead(a);
      return a;
    });
    this.last = read;
    return read;
  }
}
