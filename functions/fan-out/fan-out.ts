import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DeliveriesRepo } from '../adapters/deliveries-repo';
import type { Publisher } from '../adapters/publisher';
import { errorMessage } from '../commons/errors';
import { METRICS, type Telemetry } from '../commons/observability';
import type { Alert } from '../domain/alert';
import type { Customer, SourcePolicy } from '../domain/customer';
import { type DeliveryRecord, deliveryKey } from '../domain/delivery';
import { decide } from '../domain/entitlement';
import { renderMessage } from '../domain/message';

export interface FanOutDeps {
  deliveries: Pick<DeliveriesRepo, 'get' | 'record'>;
  publisher: Publisher;
  now: () => Date;
}

/** Who is eligible, read fresh for every invocation: a status or policy change applies to the next fan-out. */
export interface Audience {
  customers: Customer[];
  policies: SourcePolicy[];
}

export interface FanOutResult {
  delivered: number;
  withheld: number;
  failed: number;
  alreadyDecided: number;
  failedCustomers: string[];
}

export type FanOutListener = (alertId: string, version: number, r: FanOutResult) => void;

const PARALLEL = 16;

/**
 * Decides, for one alert version and every customer, deliver or withhold,
 * publishes where entitled, and records each decision once in the ledger.
 * A failing topic only fails its own customer: the others are delivered and
 * the failure is recorded (and returned), so that a retry does just that one.
 */
export async function fanOut(alert: Alert, audience: Audience, deps: FanOutDeps): Promise<FanOutResult> {
  const result: FanOutResult = { delivered: 0, withheld: 0, failed: 0, alreadyDecided: 0, failedCustomers: [] };
  const one = async (customer: Customer): Promise<void> => {
    const previous = await deps.deliveries.get(customer.id, alert.alertId, alert.version);
    if (previous && previous.outcome !== 'failed') {
      result.alreadyDecided++;
      return;
    }
    const decidedAt = deps.now();
    const decision = decide(alert, customer, audience.policies, decidedAt);
    const base = {
      customerId: customer.id,
      deliveryKey: deliveryKey(alert.alertId, alert.version),
      alertId: alert.alertId,
      version: alert.version,
      decidedAt: decidedAt.toISOString(),
      category: alert.category,
      level: alert.level,
      severity: alert.severity,
    };
    let rec: DeliveryRecord;
    if (!decision.deliver) {
      rec = { ...base, outcome: 'withheld', code: decision.code, reason: decision.reason };
    } else {
      const attempts = (previous?.attempts ?? 0) + 1;
      try {
        if (!customer.topicArn) throw new Error('customer has no SNS topic (onboarding incomplete)');
        const messageId = await deps.publisher.publish(customer.topicArn, renderMessage(alert, customer));
        rec = { ...base, outcome: 'delivered', reason: decision.reason, messageId, attempts };
      } catch (e) {
        rec = { ...base, outcome: 'failed', reason: 'publish failed', error: errorMessage(e).slice(0, 500), attempts };
      }
    }
    if (!(await deps.deliveries.record(rec))) {
      result.alreadyDecided++;
      return;
    }
    if (rec.outcome === 'failed') result.failedCustomers.push(customer.id);
    result[rec.outcome === 'delivered' ? 'delivered' : rec.outcome === 'withheld' ? 'withheld' : 'failed']++;
  };
  const queue = [...audience.customers];
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await one(c);
    }),
  );
  return result;
}

/** The fan-out and the delivery-retry count their decisions alike, each under its own service. */
export function countDeliveries(t: Telemetry, r: FanOutResult): void {
  t.metrics.addMetric(METRICS.delivered, MetricUnit.Count, r.delivered);
  t.metrics.addMetric(METRICS.withheld, MetricUnit.Count, r.withheld);
  t.metrics.addMetric(METRICS.deliveryFailures, MetricUnit.Count, r.failed);
}
