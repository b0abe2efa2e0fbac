/**
 * npm install's postinstall: builds the gazetteer cache once, at install time,
 * so that the first test run or `npm start` does not pay for it (and parallel
 * test processes do not each build it). Skipped when the cache is current;
 * a failure here is reported and leaves the build to the first use.
 */
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../../functions/commons/errors';
import { cachedFile } from '../../functions/domain/places/gazetteer';

const t0 = performance.now();
try {
  const file = cachedFile();
  console.log(`gazetteer: ${file} (${Math.round(performance.now() - t0)} ms)`);
} catch (e) {
  console.warn(`gazetteer not built at install (${errorMessage(e)}); the first use builds it`);
}
