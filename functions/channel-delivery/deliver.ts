/**
 * One channel job: checked against the decision at send time, then posted,
 * then recorded. The order is the point: the ledger decision (made by the
 * fan-out) must be a deliver, and decide() with the contracts and policies
 * read now must still say deliver, immediately before the post; a bar or a
 * suspension that landed since the fan-out wins, and is recorded as withheld.
 */

import type { AlertsRepo } from '../adapters/alerts-repo';
import type { ChannelDeliveriesRepo } from '../adapters/channel-deliveries-repo';
import type { ChannelSender } from '../adapters/channel-http';
import type { ChannelSecretStore } from '../adapters/channel-secrets';
import type { ChannelsRepo } from '../adapters/channels-repo';
import type { DeliveriesRepo } from '../adapters/deliveries-repo';
import { errorMessage } from '../commons/errors';
import type { Alert } from '../domain/alert';
import {
  type ChannelJob,
  ChannelKind,
  type ChannelOutcome,
  channelDeliveryKey,
  isFinalChannelOutcome,
} from '../domain/channels/channel';
import { channelRequest } from '../domain/channels/format';
import { retryDelaySeconds } from '../domain/channels/retry';
import type { Customer } from '../domain/customer';
import type { DeliveryRecord } from '../domain/delivery';
import type { Decision } from '../domain/entitlement';

export interface ChannelDeliveryDeps {
  alerts: Pick<AlertsRepo, 'get'>;
  deliveries: Pick<DeliveriesRepo, 'get'>;
  channels: Pick<ChannelsRepo, 'get'>;
  ledger: Pick<ChannelDeliveriesRepo, 'get' | 'record'>;
  secrets: Pick<ChannelSecretStore, 'get'>;
  sender: ChannelSender;
  /** The customer and decide()'s answer for it, from contracts and policies read now (undefined: no such customer). */
  decideNow(
    alert: Alert,
    customerId: string,
    now: Date,
  ): Promise<{ customer: Customer; decision: Decision } | undefined>;
  now: () => Date;
  random: () => number;
  /** Where the console shows an alert (chat messages link to it), when known. */
  consoleUrl?: string | undefined;
  /** The backoff (retry.ts); the local tests shorten it. */
  retryDelay?: typeof retryDelaySeconds;
}

/** done: delete the job; retry: again after the delay; park: the last attempt failed, on to the DLQ at once. */
export type JobResult =
  | { kind: 'done'; outcome: 'delivered' | 'withheld' | 'duplicate' }
  | { kind: 'retry'; delaySeconds: number; reason: string }
  | { kind: 'park'; reason: string };

/** The fan-out decided deliver: a pending (about to publish), delivered or failed (publish to retry) record. */
const decidedDeliver = (r: DeliveryRecord | undefined): boolean => r !== undefined && r.outcome !== 'withheld';

export async function deliverJob(
  job: ChannelJob,
  attempt: number,
  maxAttempts: number,
  deps: ChannelDeliveryDeps,
): Promise<JobResult> {
  const previous = await deps.ledger.get(job);
  if (isFinalChannelOutcome(previous?.outcome)) return { kind: 'done', outcome: 'duplicate' };

  const [alert, channel, decided] = await Promise.all([
    deps.alerts.get(job.alertId, job.version),
    deps.channels.get(job.customerId, job.channelId),
    deps.deliveries.get(job.customerId, job.alertId, job.version),
  ]);
  const kind = channel?.kind ?? previous?.kind ?? ChannelKind.parse(job.channelId.split('-')[0]);
  type Outcome = { outcome: ChannelOutcome; reason?: string; status?: number | undefined; nextAttemptAt?: string };
  const record = (o: Outcome, attempts: number): Promise<boolean> =>
    deps.ledger.record({
      customerId: job.customerId,
      channelKey: channelDeliveryKey(job.alertId, job.version, job.channelId),
      alertId: job.alertId,
      version: job.version,
      channelId: job.channelId,
      kind,
      attempts,
      updatedAt: deps.now().toISOString(),
      outcome: o.outcome,
      ...(o.reason !== undefined ? { reason: o.reason.slice(0, 600) } : {}),
      ...(o.status !== undefined ? { status: o.status } : {}),
      ...(o.nextAttemptAt !== undefined ? { nextAttemptAt: o.nextAttemptAt } : {}),
    });
  const attemptsSoFar = previous?.attempts ?? 0;
  const withheld = async (reason: string): Promise<JobResult> => {
    const written = await record({ outcome: 'withheld', reason }, attemptsSoFar);
    return { kind: 'done', outcome: written ? 'withheld' : 'duplicate' };
  };
  if (!channel) return withheld('channel removed');
  if (!alert) return withheld('alert no longer stored');
  if (!decidedDeliver(decided)) {
    return withheld(decided ? `fan-out decision: ${decided.reason}` : 'no delivery decision recorded');
  }

  // Nothing is sent after its decision: this one, made now.
  const now = deps.now();
  const current = await deps.decideNow(alert, job.customerId, now);
  if (!current) return withheld('customer removed');
  if (!current.decision.deliver) return withheld(`${current.decision.code}: ${current.decision.reason}`);

  let sent: Awaited<ReturnType<ChannelDeliveryDeps['sender']['send']>>;
  try {
    const secret = await deps.secrets.get(channel.secretRef);
    const req = channelRequest({
      kind,
      alert,
      customer: current.customer,
      job,
      signingSecret: secret.signingSecret,
      consoleUrl: deps.consoleUrl,
      now,
    });
    sent = await deps.sender.send(secret.url, kind, req);
  } catch (e) {
    sent = { ok: false, reason: errorMessage(e).slice(0, 500) };
  }
  const attempts = attemptsSoFar + 1;
  if (sent.ok) {
    const written = await record({ outcome: 'delivered', status: sent.status }, attempts);
    return { kind: 'done', outcome: written ? 'delivered' : 'duplicate' };
  }
  const status = sent.status;
  if (attempt >= maxAttempts) {
    await record({ outcome: 'parked', reason: sent.reason, status }, attempts);
    return { kind: 'park', reason: sent.reason };
  }
  const delaySeconds = (deps.retryDelay ?? retryDelaySeconds)(attempt, deps.random(), sent.retryAfterSeconds);
  await record(
    {
      outcome: 'retrying',
      reason: sent.reason,
      status,
      nextAttemptAt: new Date(deps.now().getTime() + delaySeconds * 1000).toISOString(),
    },
    attempts,
  );
  return { kind: 'retry', delaySeconds, reason: sent.reason };
}
