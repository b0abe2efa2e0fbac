/**
 * One fan-out job: an alert version decided and delivered for the customers
 * of a range of shards (up to FAN_OUT_SHARDS.pageSize of them; the rest of the
 * range handed on as jobs of their own), read when the job runs, never when
 * the version was split.
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
import { rangePage } from './range-page';

export interface ShardJobDeps extends FanOutDeps, Omit<ChannelHookDeps, 'deliveries'> {
  alerts: Pick<AlertsRepo, 'get'>;
  customers: Pick<CustomersRepo, 'shardPage' | 'readAudienceOf'>;
  /** Where the rest of a range or of an oversized shard goes: the worker's own queue. */
  shardJobs: Pick<ShardJobs, 'enqueue'>;
  retries: Pick<DeliveryRetries, 'schedule'>;
  /** FUNCTIONS.fanOutShard.settings.audienceMaxAgeMs */
  audienceMaxAgeMs: number;
  /** FUNCTIONS.fanOutShard.settings.shardPageSize: customers per job at most. */
  pageSize: number;
}

const nothing = (): FanOutResult => ({ delivered: 0, withheld: 0, failed: 0, alreadyDecided: 0, failedCustomers: [] });

/**
 * The range's first page of customer ids (rangePage); the rest of the range,
 * if any, is queued first (so the pages of a big customer base run in
 * parallel); then each customer is decided with its item and the bars read
 * now (fanOut: the ledger first, nothing published once the decision stops
 * holding). Failed publishes go to the retry queue, channels get their jobs.
 * A job run twice (a crash, a redelivery) does only what the ledger shows
 * undone: the rest it queues again is the same jobs, or, if customers came
 * or went meanwhile, jobs the ledger makes harmless.
 */
export async function runShardJob(
  job: ShardJob,
  deps: ShardJobDeps,
  t: Telemetry,
  inv: Invocation,
  channels: () => Promise<ReadonlyMap<string, readonly Channel[]>>,
): Promise<FanOutResult> {
  const page = await rangePage(job, (s, after, limit) => deps.customers.shardPage(s, after, limit), deps.pageSize);
  if (page.rest.length > 0) await deps.shardJobs.enqueue(page.rest);
  // An empty range costs its index queries only.
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
