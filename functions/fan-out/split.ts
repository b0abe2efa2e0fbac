import type { ShardJob } from '../adapters/fan-out-shards';
import type { Alert } from '../domain/alert';

/** An alert version as one job per customer shard: its key only (the worker reads the customers when it runs). */
export function splitIntoShards(alert: Pick<Alert, 'alertId' | 'version'>, shardCount: number): ShardJob[] {
  return Array.from({ length: shardCount }, (_, shard) => ({ alertId: alert.alertId, version: alert.version, shard }));
}
