/**
 * The local twin's switch (tools/local/ingest-mode.ts) over fake pollers: the alarms evaluated as CloudWatch does,
 * the domain's decision applied to the score poller; time only moves when the test evaluates a period.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestBatching } from '../../../functions/domain/ingest-mode';
import { INGEST, INGEST_MODES } from '../../../resources';
import { alarmOver, LocalIngestModeSwitch, type ModePoller } from '../../../tools/local/ingest-mode';

class FakePoller implements ModePoller {
  settings: IngestBatching = { ...INGEST_MODES.ordinary };
  ageMs = 0;
  configure(b: IngestBatching): void {
    this.settings = { ...b };
  }
  takeOldestAgeMs(): number {
    const a = this.ageMs;
    this.ageMs = 0;
    return a;
  }
}

test('alarmOver: ALARM only when each of the last n periods breached; no verdict before n periods', () => {
  assert.equal(alarmOver([true], 2), 'INSUFFICIENT_DATA');
  assert.equal(alarmOver([true, false], 2), 'OK');
  assert.equal(alarmOver([false, true, true], 2), 'ALARM');
});

test("a backlog on stage 2's queue switches stage 1 to burst; it stays while posts flow; calm returns it to ordinary", () => {
  const score = new FakePoller();
  const evidence = new FakePoller();
  const b = INGEST.burst;
  const sw = new LocalIngestModeSwitch({ score, watched: [score, evidence], speedup: 60 });
  const period = (ageSeconds: number, postsPerSecond: number) => {
    // The threshold shrinks with the speed-up: a backlog of `ageSeconds` on AWS is that much faster here.
    evidence.ageMs = (ageSeconds * 1000) / 60;
    sw.received((postsPerSecond * sw.periodMs) / 1000);
    return sw.evaluate();
  };
  assert.equal(sw.periodMs, 1000);
  period(1, 50_000);
  assert.equal(sw.mode, 'ordinary');
  for (let i = 0; i < b.enterPeriods; i++) period(b.enterAgeSeconds + 5, 50_000);
  assert.equal(sw.mode, 'burst');
  assert.deepEqual(score.settings, INGEST_MODES.burst);
  // Burst mode drained the backlog but the burst goes on: no switch back (that would flap).
  for (let i = 0; i < b.leavePeriods + 2; i++) period(1, 50_000);
  assert.equal(sw.mode, 'burst');
  // The rate falls: after leavePeriods calm periods, ordinary again, once.
  for (let i = 0; i < b.leavePeriods; i++) period(1, 100);
  assert.equal(sw.mode, 'ordinary');
  assert.deepEqual(
    sw.switches.map((s) => s.to),
    [INGEST_MODES.burst, INGEST_MODES.ordinary],
  );
});

test('no posts at all is calm (as the stack alarm treats missing data), but never while a backlog is there', () => {
  const score = new FakePoller();
  score.settings = { ...INGEST_MODES.burst };
  const sw = new LocalIngestModeSwitch({ score, watched: [score], speedup: 60 });
  for (let i = 0; i < INGEST.burst.leavePeriods; i++) {
    score.ageMs = (INGEST.burst.enterAgeSeconds * 2 * 1000) / 60;
    sw.evaluate();
  }
  assert.equal(sw.mode, 'burst', 'a backlog keeps it');
  sw.evaluate();
  assert.equal(sw.mode, 'ordinary');
});
