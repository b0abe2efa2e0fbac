/**
 * Stage 1's mode decision (functions/domain/ingest-mode.ts): burst on a backlog, back only on calm without a
 * backlog, and for any sequence of signals (repeated, reordered) the mapping ends where the last states say, never
 * flapping while the states hold.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type AlarmState,
  type IngestBatching,
  modeOf,
  nextIngestBatching,
  wantedMode,
} from '../../../functions/domain/ingest-mode';
import { INGEST_MODES } from '../../../resources';

const M = INGEST_MODES;
const ordinary: IngestBatching = { ...M.ordinary };
const burst: IngestBatching = { ...M.burst };
const states: AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

test('a backlog switches ordinary to burst; in burst, nothing to do while it lasts', () => {
  assert.deepEqual(nextIngestBatching(ordinary, { backlog: 'ALARM', calm: 'OK' }, M), burst);
  // Even when the rate looks calm: the backlog wins (it has to drain first).
  assert.deepEqual(nextIngestBatching(ordinary, { backlog: 'ALARM', calm: 'ALARM' }, M), burst);
  assert.equal(nextIngestBatching(burst, { backlog: 'ALARM', calm: 'OK' }, M), undefined);
});

test('hysteresis: burst mode stays once the backlog is gone until the rate is calm; then ordinary', () => {
  // The burst still runs, burst mode drained the backlog: stay (leaving now would rebuild it).
  assert.equal(nextIngestBatching(burst, { backlog: 'OK', calm: 'OK' }, M), undefined);
  assert.equal(nextIngestBatching(burst, { backlog: 'OK', calm: 'INSUFFICIENT_DATA' }, M), undefined);
  assert.deepEqual(nextIngestBatching(burst, { backlog: 'OK', calm: 'ALARM' }, M), ordinary);
  assert.deepEqual(nextIngestBatching(burst, { backlog: 'INSUFFICIENT_DATA', calm: 'ALARM' }, M), ordinary);
  // Ordinary with no backlog stays ordinary whatever the rate.
  for (const calm of states) assert.equal(nextIngestBatching(ordinary, { backlog: 'OK', calm }, M), undefined);
});

test('a mapping in neither mode (set by hand, or a deploy) is put back in the mode the signals call for', () => {
  const odd = { batchSize: 25, maxBatchingWindowSeconds: 3 };
  assert.equal(modeOf(odd, M), undefined);
  assert.deepEqual(nextIngestBatching(odd, { backlog: 'OK', calm: 'OK' }, M), ordinary);
  assert.deepEqual(nextIngestBatching(odd, { backlog: 'ALARM', calm: 'OK' }, M), burst);
});

test('the modes are what AWS allows on a standard queue: a batch above 10 has a window of at least 1 s', () => {
  for (const b of [M.ordinary, M.burst])
    assert.ok(b.batchSize <= 10 || (b.maxBatchingWindowSeconds >= 1 && b.batchSize <= 10_000), JSON.stringify(b));
  assert.ok(M.burst.batchSize > M.ordinary.batchSize);
  assert.equal(M.ordinary.maxBatchingWindowSeconds, 0, 'ordinary mode adds no wait to an alert');
});

const signals = fc.record({ backlog: fc.constantFrom(...states), calm: fc.constantFrom(...states) });

test('idempotent and order-free: applying the decision again changes nothing; repeating any signal changes nothing', () => {
  fc.assert(
    fc.property(fc.array(signals, { minLength: 1, maxLength: 30 }), fc.boolean(), (seq, startBurst) => {
      let m = startBurst ? burst : ordinary;
      let writes = 0;
      for (const sg of seq) {
        // Each signal delivered twice (a repeated event): the second finds nothing to do.
        for (let i = 0; i < 2; i++) {
          const next = nextIngestBatching(m, sg, M);
          if (next) {
            assert.equal(i, 0, 'a repeated event never writes');
            m = next;
            writes++;
          }
        }
        assert.equal(modeOf(m, M), wantedMode(m, sg, M));
      }
      // No more writes than changes of wanted mode: at most one per signal.
      assert.ok(writes <= seq.length);
    }),
  );
});

test('no flapping: while the signals hold, the mode never changes after the first decision', () => {
  fc.assert(
    fc.property(signals, fc.boolean(), fc.integer({ min: 2, max: 20 }), (sg, startBurst, n) => {
      let m = startBurst ? burst : ordinary;
      const modes: (string | undefined)[] = [];
      for (let i = 0; i < n; i++) {
        m = nextIngestBatching(m, sg, M) ?? m;
        modes.push(modeOf(m, M));
      }
      assert.equal(new Set(modes).size, 1, modes.join(','));
    }),
  );
});

test('a burst from ordinary: backlog -> burst; backlog gone, rate high -> burst; calm -> ordinary; never back without calm', () => {
  let m = ordinary;
  const step = (backlog: AlarmState, calm: AlarmState) => {
    m = nextIngestBatching(m, { backlog, calm }, M) ?? m;
    return modeOf(m, M);
  };
  assert.equal(step('OK', 'OK'), 'ordinary');
  assert.equal(step('ALARM', 'OK'), 'burst');
  assert.equal(step('OK', 'OK'), 'burst');
  assert.equal(step('OK', 'OK'), 'burst');
  assert.equal(step('OK', 'ALARM'), 'ordinary');
  assert.equal(step('OK', 'ALARM'), 'ordinary');
});
