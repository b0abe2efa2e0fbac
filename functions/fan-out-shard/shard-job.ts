/**
 * One fan-out shard job: an alert version decided and delivered for the
 * customers of one shard (up to FAN_OUT_SHARDS.pageSize of them), read when
 * the job runs, never when the version was split.
 */
import type { AlertsRepo } from '../adapters/alerts-repo';
import type { CustomersRepo } from '../adapters/customers-repo';
import type { DeliveryRetries } from '../adapters/delivery-retries';
import type { ShardJob, ShardJobs } from '../adapters/fan-out-shards';
import type { Invocation } from '../commons/invocation';
import type { Telemetry } from '../commons/observability';
import type { Channel } from '../domain/channels/channel';
import { type ChannelHookDeps, queueChannelJobs } from '../fan-out/channel-jobs';
import { type FanOutDeps, type FanOutResult, fanOut, invocationAudience } from '../fan-out/fan-out';

export interface ShardJobDeps extends FanOutDeps, Omit<ChannelHookDeps, 'deliveries'> {
  alerts: Pick<AlertsRepo, 'get'>;
  customers: Pick<CustomersRepo, 'shardPage' | 'readAudienceOf'>;
  /** Where the rest of an oversized shard goes: the worker's own queue. */
  shardJobs: Pick<ShardJobs, 'enqueue'>;
  retries: Pick<DeliveryRetries, 'schedule'>;
  /** FUNCTIONS.fanOutShard.settings.audienceMaxAgeMs */
  audienceMaxAgeMs: number;
  /** FUNCTIONS.fanOutShard.settings.shardPageSize: customers per job at most. */
  pageSize: number;
}

const nothing = (): FanOutResult => ({ delivered: 0, withheld: 0, failed: 0, alreadyDecided: 0, failedCustomers: [] });

/**
 * The shard's next page of customer ids; the rest of the shard, if any, is
 * queued first (so pages of one big shard run in parallel); then each
 * customer is decided with its item and the bars read now (fanOut: the
 * ledger first, nothing published once the decision stops holding). Failed
 * publishes go to the retry queue, channels get their jobs. A job run twice
 * (a crash, a redelivery) does only what the ledger shows undone.
 */
export async function runShardJob(
  job: ShardJob,
  deps: ShardJobDeps,
  t: Telemetry,
  inv: Invocation,
  channels: () => Promise<ReadonlyMap<string, readonly Channel[]>>,
): Promise<FanOutResult> {
  const page = await deps.customers.shardPage(job.shard, job.after, deps.pageSize);
  const last = page.ids.at(-1);
  if (page.more && last !== undefined) await deps.shardJobs.enqueue([{ ...job, after: last }]);
  // An empty shard (few customers, many shards) costs its one index query.
  if (page.ids.length === 0) return nothing();
  const alert = await deps.alerts.get(job.alertId, job.version);
  if (!alert) {
    t.logger.warn('shard job dropped: the alert version no longer exists', job);
    return nothing();
  }

  const audience = invocationAudience(() => deps.customers.readAudienceOf(page.ids), deps, t);
  const res = await fanOut(alert, audience, deps, inv, page.ids);
  if (res.failedCustomers.length > 0) {
    t.logger.warn('deliveries failed; retrying them separately', {
      alertId: alert.alertId,
      version: alert.version,
      customers: res.failedCustomers,
    });
    const { alertId, version } = alert;
    await deps.retries.schedule(res.failedCustomers.map((customerId) => ({ alertId, version, customerId })));
  }
  // After the decisions are recorded: signed webhooks, Slack and Teams, each decided again at send time.
  const all = await channels();
  const mine = new Map(page.ids.flatMap((id) => (all.has(id) ? [[id, all.get(id) ?? []] as const] : [])));
  await queueChannelJobs(alert, mine, deps);
  return res;
}
