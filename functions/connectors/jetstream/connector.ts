import type { Backoff } from '../backoff';
import type { CheckpointStore } from '../checkpoint';
import { Forwarder, type ForwarderLimits, type IngestSink } from '../forwarder';
import { type RunningConnector, runConnector } from '../running';
import { ConnectorStats } from '../stats';
import type { TombstoneStore } from '../tombstones';
import { SOURCE } from './mapping';
import { type JetstreamReaderOptions, readJetstream } from './reader';

export interface JetstreamConnectorOptions
  extends Pick<
    JetstreamReaderOptions,
    'endpoints' | 'overlapMs' | 'idleTimeoutMs' | 'healthyAfterMs' | 'handleCacheSize' | 'log'
  > {
  sink: IngestSink;
  checkpoints: CheckpointStore;
  tombstones: TombstoneStore;
  limits?: Partial<ForwarderLimits>;
  /** Reconnect delays (default 0.5 s doubling to 30 s, full jitter). */
  backoff?: Backoff;
}

/** Bluesky's firehose (Jetstream) into the ingest queue as source "bluesky". */
export function startJetstream(o: JetstreamConnectorOptions): RunningConnector {
  const stats = new ConnectorStats();
  const forwarder = new Forwarder({
    source: SOURCE,
    sink: o.sink,
    checkpoints: o.checkpoints,
    tombstones: o.tombstones,
    ...(o.limits ? { limits: o.limits } : {}),
    onEvent: stats.onForwarderEvent,
  });
  return runConnector(forwarder, stats, (signal) => readJetstream({ ...o, forwarder, stats, signal }));
}
