import type { Context } from 'aws-lambda';
import { accountRegionOf, customerTopicArn } from '../../resources';

/** What a delivery needs from the invocation running it. */
export interface Invocation {
  /** The customer's topic in this function's own account and region (never an ARN read from data). */
  topicArn(customerId: string): string;
  /** Milliseconds before the invocation ends. */
  remainingMs(): number;
}

export function invocationOf(context: Pick<Context, 'invokedFunctionArn' | 'getRemainingTimeInMillis'>): Invocation {
  const where = accountRegionOf(context.invokedFunctionArn);
  return {
    topicArn: (customerId) => customerTopicArn(where, customerId),
    remainingMs: () => context.getRemainingTimeInMillis(),
  };
}
