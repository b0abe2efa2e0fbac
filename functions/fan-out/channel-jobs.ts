/**
 * The fan-out's hook for channels: once an alert version's decisions are in
 * the ledger, every channel of every customer decided "deliver" gets a job on
 * the channel-delivery queue. The ledger, not this invocation's own results,
 * says who was decided deliver: a record redelivered after a crash (decisions
 * already recorded, jobs perhaps not queued) queues them again, and the
 * channel-delivery function drops what its own ledger shows as done.
 */
import type { ChannelJobs } from '../adapters/channel-jobs';
import type { ChannelsRepo } from '../adapters/channels-repo';
import type { DeliveriesRepo } from '../adapters/deliveries-repo';
import type { Alert } from '../domain/alert';
import type { Channel, ChannelJob } from '../domain/channels/channel';

export interface ChannelHookDeps {
  channels: Pick<ChannelsRepo, 'listAll'>;
  /** With getMany, one read for every customer with a channel (else one get each). */
  deliveries: Pick<DeliveriesRepo, 'get'> & Partial<Pick<DeliveriesRepo, 'getMany'>>;
  channelJobs: Pick<ChannelJobs, 'enqueue'>;
}

/** Channels by customer, read once per invocation (like the customers). */
export async function channelsByCustomer(
  deps: Pick<ChannelHookDeps, 'channels'>,
  onInvalid?: (item: unknown, reason: string) => void,
): Promise<Map<string, Channel[]>> {
  const by = new Map<string, Channel[]>();
  for (const c of await deps.channels.listAll(onInvalid)) by.set(c.customerId, [...(by.get(c.customerId) ?? []), c]);
  return by;
}

/** Queues the jobs of one alert version; returns how many. */
export async function queueChannelJobs(
  alert: Pick<Alert, 'alertId' | 'version'>,
  channels: ReadonlyMap<string, readonly Channel[]>,
  deps: ChannelHookDeps,
): Promise<number> {
  const { alertId, version } = alert;
  const jobs: ChannelJob[] = [];
  const ids = [...channels.keys()];
  const many =
    deps.deliveries.getMany && ids.length > 1 ? await deps.deliveries.getMany(ids, alertId, version) : undefined;
  await Promise.all(
    [...channels].map(async ([customerId, list]) => {
      const decided = many ? many.get(customerId) : await deps.deliveries.get(customerId, alertId, version);
      if (!decided || decided.outcome === 'withheld') return;
      for (const c of list) jobs.push({ alertId, version, customerId, channelId: c.channelId });
    }),
  );
  if (jobs.length > 0) await deps.channelJobs.enqueue(jobs);
  return jobs.length;
}
