/**
 * Floor of the burst kit's two-event totals (`npm run burst -- --pairs`, tools/eval/burst-pairs.ts): two quakes (or
 * explosions, or attacks) in one window, in two languages' cities or two cities of one language, 10 minutes, 40
 * minutes and 3 hours apart, injected into dev-heavy's background (needs ../shared/data or TOCSIN_DATA; skipped
 * without it), each event judged beside the other and alone. Fails when a total falls below today's (raise the floors
 * as the detector improves). About 30-60 s; earthquakes only here (the brief of branch twoquake; the other categories
 * are in the docs' table).
 */

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { dataDir } from '../../tools/data/data-dir';
import { readPosts } from '../../tools/data/post-file';
import { backgroundSlice, DEFAULT_SLICE_START } from '../../tools/eval/burst-kit';
import { formatBurstPairs, PAIR_SLICE_MS, pairSpecs, pairTotals, runBurstPairs } from '../../tools/eval/burst-pairs';
import { readTruth } from '../../tools/eval/streams';

/**
 * Seed 1, earthquakes, after branch twoquake (docs/detector.md, "Two quakes in one window"): 60/60 events detected
 * (alone 60), median 6 posts before the first alert (alone 6), 5 events slower than alone (all of them one language's
 * two cities 10 or 40 minutes apart), one alert id per event, 5 ids citing a few posts of the other event, none on the
 * background alone. Main at 80ecc82: 54/60 detected (the second quake of one language's two cities taken silently by
 * the first's alert), 15 slower, 4 such ids.
 */
const FLOORS = { detected: 60, maxSlower: 5, maxAlerts: 60, maxMerged: 5, maxMedianPosts: 6, maxWrong: 0 };

const streams = join(dataDir(), 'streams');
const present = existsSync(join(streams, 'dev-heavy.jsonl.gz')) && existsSync(join(streams, 'dev-heavy.truth.json'));

test("two quakes in one window: the burst kit's pair totals hold today's", {
  skip: present ? false : `no data at ${streams} (set TOCSIN_DATA): burst pairs floor skipped`,
}, async () => {
  const start = Date.parse(DEFAULT_SLICE_START);
  const { posts } = await readPosts(join(streams, 'dev-heavy.jsonl.gz'));
  const background = backgroundSlice(posts, readTruth(join(streams, 'dev-heavy.truth.json')), start, PAIR_SLICE_MS);
  const kit = await runBurstPairs({ seed: 1, background, start, pairs: pairSpecs(['earthquake']) });
  console.log(formatBurstPairs(kit));
  const t = pairTotals(kit.runs);
  assert.ok(t.detected >= FLOORS.detected, `detected ${t.detected} < ${FLOORS.detected}`);
  assert.ok(t.slower <= FLOORS.maxSlower, `slower than alone ${t.slower} > ${FLOORS.maxSlower}`);
  assert.ok(t.alerts <= FLOORS.maxAlerts, `right alert ids ${t.alerts} > ${FLOORS.maxAlerts}`);
  assert.ok(t.merged <= FLOORS.maxMerged, `ids citing both events ${t.merged} > ${FLOORS.maxMerged}`);
  assert.ok(
    (t.medianPosts ?? Infinity) <= FLOORS.maxMedianPosts,
    `median posts ${t.medianPosts} > ${FLOORS.maxMedianPosts}`,
  );
  assert.ok(t.falseAlerts + t.mixed <= FLOORS.maxWrong, `wrong alerts ${t.falseAlerts} + ${t.mixed}`);
});
