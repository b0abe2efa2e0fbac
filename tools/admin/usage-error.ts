/** A command used wrongly (bad arguments, unknown ids): the CLIs print its message and exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
