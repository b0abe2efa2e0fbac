/**
 * Reconnect delays: exponential with full jitter (a uniformly random delay up
 * to the exponential cap), so that many connectors dropped at once by the same
 * outage do not come back in step. Reset once a connection has proved healthy.
 */
export class Backoff {
  private attempt = 0;
  constructor(private readonly o: { baseMs: number; maxMs: number; random?: () => number }) {}

  /** The delay before the next attempt. */
  next(): number {
    const cap = Math.min(this.o.maxMs, this.o.baseMs * 2 ** Math.min(this.attempt, 30));
    this.attempt++;
    return Math.floor((this.o.random ?? Math.random)() * cap);
  }

  reset(): void {
    this.attempt = 0;
  }

  get attempts(): number {
    return this.attempt;
  }
}

/** Round-robin over the configured endpoints: a failure moves to the next one. */
export class Endpoints {
  private i = 0;
  constructor(private readonly urls: readonly string[]) {
    if (urls.length === 0) throw new Error('no endpoint configured');
  }

  get current(): string {
    return this.urls[this.i % this.urls.length] as string;
  }

  advance(): string {
    this.i = (this.i + 1) % this.urls.length;
    return this.current;
  }
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
