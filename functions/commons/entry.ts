import type { Context } from 'aws-lambda';

/**
 * A Lambda's exported entry point: its configuration is read and its clients
 * built at the first invocation (the cold start), then reused, so that a
 * module import alone touches no environment variable.
 */
export function entryPoint<E, R>(build: () => (event: E, context: Context) => Promise<R>) {
  let handle: ((event: E, context: Context) => Promise<R>) | undefined;
  return async (event: E, context: Context): Promise<R> => {
    handle ??= build();
    return handle(event, context);
  };
}
