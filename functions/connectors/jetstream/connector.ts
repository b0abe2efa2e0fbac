import type { Backoff } from '../backoff';
import { type ConnectorDeps, type RunningConnector, runConnector } from '../running';
import { SOURCE } from './mapping';
import { type JetstreamReaderOptions, readJetstream } from './reader';

export interface JetstreamConnectorOptions
  extends ConnectorDeps,
    Pick<
      JetstreamReaderOptions,
      'endpoints' | 'overlapMs' | 'idleTimeoutMs' | 'healthyAfterMs' | 'handleCacheSize' | 'log'
    > {
  /** Reconnect delays (default 0.5 s doubling to 30 s, full jitter). */
  backoff?: Backoff;
}

/** Bluesky's firehose (Jetstream) into the ingest queue as source "bluesky". */
export function startJetstream(o: JetstreamConnectorOptions): RunningConnector {
  return runConnector(SOURCE, o, (forwarder, stats, signal) => readJetstream({ ...o, forwarder, stats, signal }));
}
