/** Errors the functions raise on purpose, and a readable message for anything thrown. */

/** A function's environment is not what its resource definition says (a deployment or local-setup fault). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A retried delivery failed again: the message fails, and SQS delivers it again until its DLQ takes it. */
export class DeliveryFailedError extends Error {
  override name = 'DeliveryFailedError';
}

/** Not every thrown value is an Error. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A channel delivery attempt failed: the job comes back after its backoff, or goes to the DLQ after the last one. */
export class ChannelDeliveryFailedError extends Error {
  override name = 'ChannelDeliveryFailedError';
}
