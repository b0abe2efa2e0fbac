/**
 * A local stand-in's background loop (the alerts stream reader, the
 * tombstones poller): passes until stopped, each pass saying whether it found
 * work; between passes it waits `idleMs` when caught up, `busyMs` when not,
 * and after a failed pass what `failed` says.
 */
export abstract class PollingLoop {
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  /** True when the last pass found nothing new. */
  caughtUp = false;

  constructor(
    private readonly idleMs: number,
    private readonly busyMs: number,
  ) {}

  /** One pass; true when it found work. */
  protected abstract passOnce(): Promise<boolean>;

  /** A pass threw: report (or not) and recover; returns how long to wait before the next pass. */
  protected abstract failed(e: unknown): number;

  start(): void {
    this.running = true;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loopDone;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let wait: number;
      try {
        this.caughtUp = !(await this.passOnce());
        wait = this.caughtUp ? this.idleMs : this.busyMs;
      } catch (e) {
        this.caughtUp = false;
        wait = this.failed(e);
      }
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }
}
