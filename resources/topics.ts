/** One SNS topic per customer, created by the admin CLI at onboarding (not by the stack). */
export const CUSTOMER_TOPIC_PREFIX = 'tocsin-customer-';
export const customerTopicName = (customerId: string): string => `${CUSTOMER_TOPIC_PREFIX}${customerId}`;

/** Secrets Manager name prefix of the channels' secrets (created by the admin CLI, read by the channel-delivery function only). */
export const CHANNEL_SECRET_PREFIX = 'tocsin/channels/';
