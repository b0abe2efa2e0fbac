import type { Forwarder } from './forwarder';
import type { ConnectorStats } from './stats';

/** A connector at work: its reader fills the forwarder until stopped. */
export interface RunningConnector {
  readonly stats: ConnectorStats;
  readonly forwarder: Forwarder;
  /** Settles when the reader has stopped. */
  readonly done: Promise<void>;
  /**
   * Graceful stop: stop reading, send and checkpoint what is held (for at most
   * `flushMs`). True when everything read was accepted and checkpointed.
   */
  stop(flushMs?: number): Promise<boolean>;
  /** A crash: stop at once, drop what is held unsent (it is read again from the checkpoint). */
  kill(): void;
}

export function runConnector(
  forwarder: Forwarder,
  stats: ConnectorStats,
  read: (signal: AbortSignal) => Promise<void>,
): RunningConnector {
  const reading = new AbortController();
  const done = read(reading.signal);
  return {
    stats,
    forwarder,
    done,
    async stop(flushMs = 30_000) {
      reading.abort();
      await done;
      const ok = await forwarder.flush(AbortSignal.timeout(flushMs));
      forwarder.close();
      return ok;
    },
    kill() {
      reading.abort();
      forwarder.close();
    },
  };
}
