/** One SNS topic per customer, created by the admin CLI at onboarding (not by the stack). */
export const CUSTOMER_TOPIC_PREFIX = 'tocsin-customer-';
export const customerTopicName = (customerId: string): string => `${CUSTOMER_TOPIC_PREFIX}${customerId}`;
