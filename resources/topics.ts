/** One SNS topic per customer, created by the admin CLI at onboarding (not by the stack). */
export const CUSTOMER_TOPIC_PREFIX = 'tocsin-customer-';
export const customerTopicName = (customerId: string): string => `${CUSTOMER_TOPIC_PREFIX}${customerId}`;

/** Where the stack runs: what every ARN it makes or trusts is built from. */
export interface AccountRegion {
  partition: string;
  region: string;
  account: string;
}

const FUNCTION_ARN = /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+):(\d{12}):function:[A-Za-z0-9_-]+(?::[A-Za-z0-9$_-]+)?$/;

/** Partition, region and account of a Lambda function, from its own ARN (the invocation context's invokedFunctionArn). */
export function accountRegionOf(functionArn: string): AccountRegion {
  const [, partition, region, account] = FUNCTION_ARN.exec(functionArn) ?? [];
  if (!partition || !region || !account) throw new Error(`not a Lambda function ARN: ${JSON.stringify(functionArn)}`);
  return { partition, region, account };
}

/**
 * A customer's topic ARN, made from its id and the stack's account and
 * region: the fan-out never publishes to an ARN read from data, so a tampered
 * customer item cannot redirect alerts to another account's topic.
 */
export function customerTopicArn(where: AccountRegion, customerId: string): string {
  return `arn:${where.partition}:sns:${where.region}:${where.account}:${customerTopicName(customerId)}`;
}

/** Secrets Manager name prefix of the channels' secrets (created by the admin CLI, read by the channel-delivery function only). */
export const CHANNEL_SECRET_PREFIX = 'tocsin/channels/';
