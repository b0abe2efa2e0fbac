/**
 * One fan-out outcome for one (alert version, customer): the audit and billing record.
 *
 * Life of a record: a withhold is written once, final. A deliver decision is
 * written first as `pending` (with its reason), then published, then marked
 * `delivered` (or `failed`, retried later); a retry completes a pending or
 * failed decision unless the decision has meanwhile become a withhold, which
 * then replaces it (`supersededDecisionAt` says a publish may already have
 * happened).
 */
import { z } from 'zod';
import { Category, Level } from './alert';
import { WithholdCode } from './entitlement';
import { IsoTime } from './post';

export const DELIVERY_OUTCOMES = ['pending', 'delivered', 'withheld', 'failed'] as const;
/** Outcomes nothing changes any more. */
export const FINAL_OUTCOMES = ['delivered', 'withheld'] as const satisfies readonly DeliveryOutcome[];
export const DeliveryOutcome = z.enum(DELIVERY_OUTCOMES);
export type DeliveryOutcome = z.infer<typeof DeliveryOutcome>;

/** Width to which the version is zero-padded in a delivery key, so keys sort by version. */
export const DELIVERY_KEY_VERSION_DIGITS = 6;

/**
 * `${alertId}#${version padded to 6 digits}`, e.g. deliveryKey('a1b2', 3) = 'a1b2#000003'.
 * Versions above 999999 get more digits (never truncated).
 */
export function deliveryKey(alertId: string, version: number): string {
  if (!Number.isInteger(version) || version < 1) throw new RangeError(`deliveryKey: bad version ${version}`);
  return `${alertId}#${String(version).padStart(DELIVERY_KEY_VERSION_DIGITS, '0')}`;
}

export const DeliveryRecordSchema = z
  .object({
    customerId: z.string().min(1),
    deliveryKey: z.string().min(1),
    alertId: z.string().min(1),
    version: z.number().int().positive(),
    outcome: DeliveryOutcome,
    /** Required when outcome is 'withheld', absent otherwise. */
    code: WithholdCode.optional(),
    /** 'entitled' for pending/delivered/failed; the human-readable withhold reason otherwise. */
    reason: z.string(),
    /** When the decision recorded here was made (a pending decision keeps its time when completed). */
    decidedAt: IsoTime,
    category: Category,
    level: Level,
    severity: z.number().int().min(1).max(5),
    /** SNS MessageId, when delivered. */
    messageId: z.string().optional(),
    /** When SNS accepted the publish, when delivered. */
    deliveredAt: IsoTime.optional(),
    /**
     * On a withhold that replaced a pending or failed deliver decision (a bar
     * or suspension that arrived before the retry): that decision's time. A
     * pending decision may have been published before its invocation died.
     */
    supersededDecisionAt: IsoTime.optional(),
    attempts: z.number().int().nonnegative().optional(),
    /** Last publish error, when failed. */
    error: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    const expected = Number.isInteger(r.version) && r.version >= 1 ? deliveryKey(r.alertId, r.version) : undefined;
    if (r.deliveryKey !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['deliveryKey'],
        message: 'deliveryKey must be deliveryKey(alertId, version)',
      });
    }
    if (r.outcome === 'withheld' && r.code === undefined) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'a withheld record needs a code' });
    }
    if (r.outcome !== 'withheld' && r.code !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'only withheld records carry a code' });
    }
  });
export type DeliveryRecord = z.infer<typeof DeliveryRecordSchema>;
