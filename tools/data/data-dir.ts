import { resolve } from 'node:path';
import { REPO_ROOT } from '../../resources/repo';

/** The labelled data: `--data DIR` if given, else TOCSIN_DATA, else ../shared/data next to the repository. */
export function dataDir(flag?: string): string {
  return resolve(REPO_ROOT, flag ?? process.env.TOCSIN_DATA ?? '../shared/data');
}
