import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DeliveriesRepo } from '../adapters/deliveries-repo';
import type { Publisher } from '../adapters/publisher';
import { errorMessage } from '../commons/errors';
import { alertAsShown, type TombstoneReader } from '../commons/evidence';
import type { Invocation } from '../commons/invocation';
import { METRICS, type Telemetry } from '../commons/observability';
import type { Alert } from '../domain/alert';
import { type Audience, decideFor, invalidCustomerDecision, type RawAudience } from '../domain/audience';
import { type DeliveryRecord, deliveryKey } from '../domain/delivery';
import { type Decision, withhold } from '../domain/entitlement';
import { renderMessage } from '../domain/message';
import { type AudienceSource, FreshAudience } from './audience-source';

export interface FanOutDeps {
  /**
   * The ledger. With getMany, the records of every customer of the fan-out
   * are read in one call before the first decision (a shard job: one
   * BatchGetItem instead of one GetItem per customer); every write stays
   * conditional, so a record changed since by another worker only makes the
   * write find it so.
   */
  deliveries: Pick<DeliveriesRepo, 'get' | 'create' | 'replace' | 'markDelivered' | 'markFailed'> &
    Partial<Pick<DeliveriesRepo, 'getMany'>>;
  publisher: Publisher;
  /** Deleted posts: left out of the evidence a message renders. */
  tombstones: TombstoneReader;
  now: () => Date;
}

export interface FanOutResult {
  delivered: number;
  withheld: number;
  failed: number;
  alreadyDecided: number;
  failedCustomers: string[];
}

export type FanOutListener = (alertId: string, version: number, r: FanOutResult) => void;

/**
 * Customers settled at once. Bounded parallel Publish, not PublishBatch: a
 * PublishBatch call carries up to 10 messages to ONE topic, and each customer
 * has a topic of its own, so a fan-out never has two messages for one topic.
 */
const PARALLEL = 16;
/** No publish starts with less than this left of the invocation: it would be cut off mid-way. */
export const PUBLISH_STOP_MARGIN_MS = 3000;
/** Re-reads of the audience for one customer before giving up (each one is a fresh read: a slow ledger, not a loop). */
const MAX_ROUNDS = 3;

/** The fan-out stopped before every customer was settled: the record fails and is retried (the ledger makes that idempotent). */
export class FanOutStoppedError extends Error {
  override name = 'FanOutStoppedError';
}

const isFinal = (r: DeliveryRecord | undefined) => r?.outcome === 'delivered' || r?.outcome === 'withheld';

/**
 * Decides, for one alert version and every customer (or those named), deliver
 * or withhold, and makes the ledger say what happened:
 *
 * - a withhold is recorded, final;
 * - a deliver decision is recorded as `pending` first, then published, then
 *   marked `delivered` (or `failed`, for the delivery-retry queue); a pending
 *   or failed record found later (a crash, a retry) is completed, not decided
 *   anew, unless the decision has become a withhold meanwhile: then the
 *   withhold replaces it;
 * - decisions use an audience read at most its maximum age ago, and a publish
 *   starts only while that still holds (else the audience is read again and
 *   the decision checked again);
 * - once anything fails, or the invocation is about to end, no further
 *   publish starts; every worker is awaited before the fan-out returns or
 *   throws, so nothing publishes after its invocation moved on.
 *
 * A failing topic only fails its own customer (recorded, returned for a
 * retry of its own); any other fault fails the whole fan-out.
 */
export async function fanOut(
  alert: Alert,
  audiences: AudienceSource,
  deps: FanOutDeps,
  inv: Invocation,
  only?: readonly string[],
): Promise<FanOutResult> {
  const result: FanOutResult = { delivered: 0, withheld: 0, failed: 0, alreadyDecided: 0, failedCustomers: [] };
  const { alertId, version } = alert;
  let fault: { error: unknown } | undefined;
  let cutShort = false;
  // Read once, when the first publish is near; a failed read is a fault (the record is retried).
  let shown: Promise<Alert> | undefined;
  const shownAlert = () => (shown ??= alertAsShown(alert, deps.tombstones));
  const stopped = (): boolean => {
    if (!cutShort && inv.remainingMs() < PUBLISH_STOP_MARGIN_MS) cutShort = true;
    return fault !== undefined || cutShort;
  };

  const base = (customerId: string, decidedAt: Date) => ({
    customerId,
    deliveryKey: deliveryKey(alertId, version),
    alertId,
    version,
    decidedAt: decidedAt.toISOString(),
    category: alert.category,
    level: alert.level,
    severity: alert.severity,
  });

  const decideNow = (id: string, audience: Audience, now: Date): Decision | undefined => {
    const customer = audience.customers.find((c) => c.id === id);
    if (customer) return decideFor(alert, customer, audience, now);
    const invalid = audience.invalidCustomers.find((c) => c.id === id);
    return invalid ? invalidCustomerDecision(invalid) : undefined;
  };

  let known: Map<string, DeliveryRecord> | undefined;
  const settle = async (id: string): Promise<void> => {
    let open = known ? known.get(id) : await deps.deliveries.get(id, alertId, version);
    if (isFinal(open)) {
      result.alreadyDecided++;
      return;
    }
    for (let round = 1; round <= MAX_ROUNDS; round++) {
      const audience = await audiences.fresh();
      const now = deps.now();
      // A customer removed meanwhile: an open decision of theirs ends withheld; otherwise nothing to decide.
      const decision =
        decideNow(id, audience, now) ?? (open ? withhold('contract_terminated', 'customer removed') : undefined);
      if (!decision) return;
      if (!decision.deliver) {
        const rec: DeliveryRecord = {
          ...base(id, now),
          outcome: 'withheld',
          code: decision.code,
          reason: decision.reason,
          ...(open ? { supersededDecisionAt: open.decidedAt, attempts: open.attempts ?? 0 } : {}),
        };
        const written = open
          ? await deps.deliveries.replace(rec, open.outcome === 'failed' ? 'failed' : 'pending')
          : await deps.deliveries.create(rec);
        result[written ? 'withheld' : 'alreadyDecided']++;
        return;
      }
      if (!open) {
        const pending: DeliveryRecord = { ...base(id, now), outcome: 'pending', reason: decision.reason, attempts: 0 };
        if (!(await deps.deliveries.create(pending))) {
          // Another invocation holds this delivery; it (or its retry) completes it.
          result.alreadyDecided++;
          return;
        }
        open = pending;
      }
      if (stopped()) return;
      // Before the age check: the publish still starts within the audience's bound.
      const message = await shownAlert();
      if (deps.now().getTime() - audience.readAt.getTime() > audiences.maxAgeMs) continue;
      const customer = audience.customers.find((c) => c.id === id);
      if (!customer) continue;
      const attempts = (open.attempts ?? 0) + 1;
      let messageId: string;
      try {
        messageId = await deps.publisher.publish(inv.topicArn(id), renderMessage(message, customer));
      } catch (e) {
        await deps.deliveries.markFailed(id, alertId, version, { error: errorMessage(e).slice(0, 500), attempts });
        result.failed++;
        result.failedCustomers.push(id);
        return;
      }
      const marked = await deps.deliveries.markDelivered(id, alertId, version, {
        messageId,
        attempts,
        deliveredAt: deps.now().toISOString(),
      });
      result[marked ? 'delivered' : 'alreadyDecided']++;
      return;
    }
    throw new FanOutStoppedError(`${id}: the audience kept ageing past its bound before the publish could start`);
  };

  const first = await audiences.fresh();
  const everyone = [
    ...first.customers.map((c) => c.id),
    ...first.invalidCustomers.flatMap((c) => (c.id === undefined ? [] : [c.id])),
  ];
  const queue = only ? [...only] : everyone;
  if (deps.deliveries.getMany && queue.length > 1) known = await deps.deliveries.getMany(queue, alertId, version);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined && !stopped(); id = queue.shift()) {
      try {
        await settle(id);
      } catch (error) {
        fault ??= { error };
      }
    }
  };
  await Promise.allSettled(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  if (fault) throw fault.error;
  if (cutShort) {
    throw new FanOutStoppedError(
      `invocation ending: ${alertId} v${version} left unfinished for the retry (${queue.length} customers not started)`,
    );
  }
  return result;
}

/** The fan-out and the delivery-retry count their decisions alike, each under its own service. */
export function countDeliveries(t: Telemetry, r: FanOutResult): void {
  t.metrics.addMetric(METRICS.delivered, MetricUnit.Count, r.delivered);
  t.metrics.addMetric(METRICS.withheld, MetricUnit.Count, r.withheld);
  t.metrics.addMetric(METRICS.deliveryFailures, MetricUnit.Count, r.failed);
}

/** Malformed items found by an audience read: each one withholds what it concerns, and is counted (alarmed). */
export function countInvalidItems(t: Telemetry, a: Audience): void {
  if (a.invalidCustomers.length + a.invalidPolicies.length === 0) return;
  t.metrics.addMetric(METRICS.invalidCustomers, MetricUnit.Count, a.invalidCustomers.length);
  t.metrics.addMetric(METRICS.invalidPolicies, MetricUnit.Count, a.invalidPolicies.length);
  t.logger.error('malformed customer or policy items: what they concern is withheld until they are fixed', {
    customers: a.invalidCustomers,
    policies: a.invalidPolicies,
  });
}

/**
 * One invocation's audience: read at its start and again whenever older than
 * `audienceMaxAgeMs`, never kept across invocations; malformed items counted.
 */
export function invocationAudience(
  load: () => Promise<RawAudience>,
  deps: { now: () => Date; audienceMaxAgeMs: number },
  t: Telemetry,
): FreshAudience {
  return new FreshAudience(load, deps.now, deps.audienceMaxAgeMs, (a) => countInvalidItems(t, a));
}
