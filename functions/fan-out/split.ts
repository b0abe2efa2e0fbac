import type { ShardJob } from '../adapters/fan-out-shards';
import type { Alert } from '../domain/alert';

/**
 * An alert version as ONE job covering every customer shard: its key only
 * (the worker reads the customers when it runs). The worker splits the job
 * into one job per shard as soon as it finds more customers than a page
 * (functions/fan-out-shard/range-page.ts), so a few customers cost one job per
 * version and many fan out over every shard, one hop later.
 */
export function firstJob(alert: Pick<Alert, 'alertId' | 'version'>, shardCount: number): ShardJob {
  const { alertId, version } = alert;
  return shardCount > 1 ? { alertId, version, shard: 0, through: shardCount - 1 } : { alertId, version, shard: 0 };
}
