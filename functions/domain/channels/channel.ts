/** A customer's delivery channel (signed webhook, Slack, Teams), the job that delivers one alert version to it, and its outcome. */
import { z } from 'zod';
import { deliveryKey } from '../delivery';
import { IsoTime } from '../post';

export const CHANNEL_KINDS = ['webhook', 'slack', 'teams'] as const;
export const ChannelKind = z.enum(CHANNEL_KINDS);
export type ChannelKind = z.infer<typeof ChannelKind>;

const CustomerId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);
/** `${kind}-${8 hex}`: short enough to type in the CLI, random enough not to collide per customer. */
export const ChannelId = z
  .string()
  .regex(/^(webhook|slack|teams)-[0-9a-f]{8}$/, 'a channel id such as webhook-1a2b3c4d');

/**
 * A channel as stored. The secret (a webhook's signing secret, or the chat
 * webhook URL, which is itself a credential) is not here: `secretRef` names it
 * in the secret store (Secrets Manager on AWS), and `display` is what may be
 * shown (the webhook URL, or a chat URL's origin and last characters).
 */
export const ChannelSchema = z.object({
  customerId: CustomerId,
  channelId: ChannelId,
  kind: ChannelKind,
  display: z.string().min(1).max(2100),
  secretRef: z.string().min(1).max(512),
  /** Set only by a local test registration (EndpointPolicy.allowLocalHttp); a sender without that policy refuses the channel. */
  local: z.boolean().optional(),
  createdAt: IsoTime,
});
export type Channel = z.infer<typeof ChannelSchema>;

/** What the secret store holds for a channel: where to post and, for webhooks, the signing secret. */
export const ChannelSecretSchema = z.object({
  url: z.string().min(1),
  signingSecret: z.string().min(32).optional(),
});
export type ChannelSecret = z.infer<typeof ChannelSecretSchema>;

/** One alert version for one channel of a customer whose delivery was decided: a message on the channel-delivery queue. */
export const ChannelJobSchema = z.object({
  alertId: z.string().min(1),
  version: z.number().int().positive(),
  customerId: CustomerId,
  channelId: ChannelId,
});
export type ChannelJob = z.infer<typeof ChannelJobSchema>;

/**
 * - delivered: the endpoint answered 2xx (final);
 * - retrying: an attempt failed, SQS will deliver the job again after a backoff;
 * - parked: the last attempt failed, the job rests in the channel DLQ (until redriven);
 * - withheld: at send time the decision was no longer deliver (a bar or a
 *   suspension landed meanwhile), or the channel or alert is gone (final).
 */
export const CHANNEL_OUTCOMES = ['delivered', 'retrying', 'parked', 'withheld'] as const;
export const ChannelOutcome = z.enum(CHANNEL_OUTCOMES);
export type ChannelOutcome = z.infer<typeof ChannelOutcome>;
/** Delivered and withheld are final; a parked job redriven from the DLQ tries again (its record says so until then). */
export const isFinalChannelOutcome = (o: ChannelOutcome | undefined): boolean => o === 'delivered' || o === 'withheld';

/** The natural key of a channel delivery within its customer's partition: `${deliveryKey}#${channelId}`. */
export function channelDeliveryKey(alertId: string, version: number, channelId: string): string {
  return `${deliveryKey(alertId, version)}#${channelId}`;
}

/** What receivers may dedupe by: alertId#version#customerId#channelId. */
export function channelDeliveryId(j: ChannelJob): string {
  return `${j.alertId}#${j.version}#${j.customerId}#${j.channelId}`;
}

export const ChannelDeliveryRecordSchema = z.object({
  customerId: CustomerId,
  channelKey: z.string().min(1),
  alertId: z.string().min(1),
  version: z.number().int().positive(),
  channelId: ChannelId,
  kind: ChannelKind,
  outcome: ChannelOutcome,
  /** Attempts made so far (SQS receives that reached the endpoint or failed trying). */
  attempts: z.number().int().nonnegative(),
  updatedAt: IsoTime,
  /** HTTP status of the last attempt, when one answered. */
  status: z.number().int().optional(),
  /** Why the last attempt failed, or why the delivery was withheld. */
  reason: z.string().max(600).optional(),
  /** When a retry is due (retrying only). */
  nextAttemptAt: IsoTime.optional(),
});
export type ChannelDeliveryRecord = z.infer<typeof ChannelDeliveryRecordSchema>;
