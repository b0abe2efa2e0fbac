import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The labelled data: `--data DIR` if given, else TOCSIN_DATA, else ../shared/data next to the repository. */
export function dataDir(flag?: string): string {
  return resolve(repoRoot, flag ?? process.env.TOCSIN_DATA ?? '../shared/data');
}
