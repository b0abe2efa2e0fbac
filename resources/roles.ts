/**
 * IAM role names the stack gives (suffixed with the region: IAM names are
 * global to an account), so that the admin CLI can name these roles in each
 * customer topic's policy from the account and region alone.
 */
import type { AccountRegion } from './topics';

export const ROLES = {
  /** The functions that publish to customer topics (resources/functions.ts: publishesToCustomerTopics); fanOut published before the fan-out was sharded, and topics made then still name it. */
  fanOut: 'tocsin-fan-out',
  fanOutShard: 'tocsin-fan-out-shard',
  deliveryRetry: 'tocsin-delivery-retry',
  /** The operators' role for the admin CLI: the only principal that may subscribe endpoints to customer topics. */
  admin: 'tocsin-admin',
  /** Assumed by SNS to log the delivery status of customer topic messages to CloudWatch Logs. */
  deliveryStatus: 'tocsin-sns-delivery-status',
} as const;
export type RoleRef = keyof typeof ROLES;

export const roleName = (role: RoleRef, region: string): string => `${ROLES[role]}-${region}`;

export const roleArn = (where: AccountRegion, role: RoleRef): string =>
  `arn:${where.partition}:iam::${where.account}:role/${roleName(role, where.region)}`;
