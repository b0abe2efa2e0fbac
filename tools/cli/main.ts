import { errorMessage } from '../../functions/commons/errors';
import { UsageError } from '../admin/usage-error';

/** node:util parseArgs refuses unknown or malformed options with these codes. */
const isArgumentError = (e: unknown): boolean =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS');

/**
 * Runs a CLI's main: a usage error prints its message and exits 2, any other
 * failure exits 1 (with its stack when TOCSIN_DEBUG is set).
 */
export function runMain(name: string, main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    const usage = e instanceof UsageError || isArgumentError(e);
    console.error(`${name}: ${errorMessage(e)}`);
    if (!usage && process.env.TOCSIN_DEBUG && e instanceof Error) console.error(e.stack);
    process.exit(usage ? 2 : 1);
  });
}
