import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, which function entries (resources/functions.ts) and
 * committed files are relative to: the same from tests, the CLIs, the CDK app
 * and any working directory. Not re-exported by resources/index.ts, so that
 * no handler bundle carries it.
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
