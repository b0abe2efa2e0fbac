import type { Backoff } from './backoff';
import type { CheckpointStore } from './checkpoint';
import { Forwarder, type ForwarderLimits, type IngestSink } from './forwarder';
import { ConnectorStats } from './stats';
import type { TombstoneStore } from './tombstones';

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

/** What every source's reader is given. */
export interface ReaderOptions {
  forwarder: Forwarder;
  checkpoints: CheckpointStore;
  stats: ConnectorStats;
  signal: AbortSignal;
  /** How far before the resume point a new reader starts (the detector absorbs what is read twice). */
  overlapMs?: number;
  /** Nothing heard for this long (heartbeats included): the connection is taken for dead. */
  idleTimeoutMs?: number;
  /** A connection that lasted this long before it dropped resets the backoff. */
  healthyAfterMs?: number;
  backoff?: Backoff;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** What every connector writes to: the ingest queue, its checkpoints, the tombstones; and its batching limits. */
export interface ConnectorDeps {
  sink: IngestSink;
  checkpoints: CheckpointStore;
  tombstones: TombstoneStore;
  limits?: Partial<ForwarderLimits>;
}

/** Starts `read` (a source's reader) into a new forwarder for `source`, counting in a new ConnectorStats. */
export function runConnector(
  source: string,
  deps: ConnectorDeps,
  read: (forwarder: Forwarder, stats: ConnectorStats, signal: AbortSignal) => Promise<void>,
): RunningConnector {
  const stats = new ConnectorStats();
  const forwarder = new Forwarder({
    source,
    sink: deps.sink,
    checkpoints: deps.checkpoints,
    tombstones: deps.tombstones,
    ...(deps.limits ? { limits: deps.limits } : {}),
    onEvent: stats.onForwarderEvent,
  });
  const reading = new AbortController();
  const done = read(forwarder, stats, reading.signal);
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
