/**
 * The re-notify policy: a new version of an alert only on a material change
 * (level, deaths, place, magnitude, category, a severity rise; never an
 * author count alone), at most one per event per 10 minutes of stream time
 * unless severity rises. As a property of the policy itself, and of the versions the engine
 * writes for generated multilingual streams (each version's `changes` is the
 * one versionChanges between it and the version before).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type Alert, LEVELS } from '../../../functions/domain/alert';
import {
  type AlertFacts,
  factsOf,
  isMaterial,
  RENOTIFY_MIN_MS,
  renotifyDue,
  versionChanges,
} from '../../../functions/domain/alert-changes';
import { replayPosts } from '../../../functions/domain/detector/replay';
import type { Post } from '../../../functions/domain/post';
import { generateStream } from '../../../tools/data/sample-stream';

const factsArb: fc.Arbitrary<AlertFacts> = fc.record({
  level: fc.constantFrom(...LEVELS),
  severity: fc.integer({ min: 1, max: 5 }),
  category: fc.constantFrom('attack', 'explosion', 'earthquake'),
  place: fc.constantFrom(null, 'Waco, TX, US', 'West, TX, US'),
  deaths: fc.constantFrom(0, 3, 7),
  magnitude: fc.constantFrom(0, 5.9, 6.1),
  authors: fc.integer({ min: 2, max: 500 }),
  sources: fc.constantFrom('twitter', 'bluesky, twitter'),
});

describe('re-notify policy', () => {
  test('due only on a material change, and then only 10 min after the last version unless severity rose', () => {
    fc.assert(
      fc.property(factsArb, factsArb, fc.integer({ min: 0, max: 3 * RENOTIFY_MIN_MS }), (shown, next, dt) => {
        const due = renotifyDue(shown, next, 1_000_000, 1_000_000 + dt);
        const changes = versionChanges(shown, next);
        const rose = next.severity > shown.severity;
        assert.equal(due, isMaterial(changes) && (rose || dt >= RENOTIFY_MIN_MS));
      }),
      { numRuns: 2000 },
    );
  });

  test('author counts, sources and a severity that does not rise never re-notify', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 5 }),
        (shown, authors, lower) => {
          const next = {
            ...shown,
            authors,
            severity: Math.min(shown.severity, lower),
            sources: 'bluesky, mastodon, twitter',
          };
          assert.equal(renotifyDue(shown, next, 0, 10 * RENOTIFY_MIN_MS), false);
        },
      ),
    );
  });

  test('a severity rise re-notifies at once, within a level too: a customer with minimum severity 5 hears of the event at 5', () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 0, max: RENOTIFY_MIN_MS - 1 }), (shown, dt) => {
        fc.pre(shown.severity < 5);
        const next = { ...shown, severity: shown.severity + 1 };
        assert.equal(renotifyDue(shown, next, 1_000_000, 1_000_000 + dt), true);
      }),
    );
  });

  test('each change in words', () => {
    const a: AlertFacts = {
      level: 'urgent',
      severity: 3,
      category: 'earthquake',
      place: 'Norcia, IT',
      deaths: 3,
      magnitude: 5.9,
      authors: 10,
      sources: 'twitter',
    };
    const b: AlertFacts = { ...a, level: 'flash', place: 'Amatrice, IT', deaths: 7, magnitude: 6.1 };
    assert.deepEqual(
      versionChanges(a, b).map((c) => c.text),
      ['level urgent → flash', 'place refined to Amatrice, IT', 'death toll 3 → 7', 'magnitude 5.9 → 6.1'],
    );
    assert.deepEqual(
      versionChanges({ ...a, deaths: 0, place: null }, a).map((c) => c.text),
      ['place found: Norcia, IT', 'at least 3 dead'],
    );
    assert.deepEqual(versionChanges(undefined, a), []);
  });
});

describe('the engine writes versions by the policy', () => {
  test('generated streams: every version after the first has a material change, >= 10 min after the one before or a severity rise, and says what changed', async () => {
    let versions = 0;
    for (const seed of [3, 11, 29]) {
      const s = generateStream({ seed, durationMinutes: 360, backgroundPerMinute: 20, hardNegativeShare: 0.25 });
      const { alerts } = await replayPosts(s.posts, { batchSize: 50 });
      const byId = new Map<string, Alert[]>();
      for (const a of alerts) byId.set(a.alertId, [...(byId.get(a.alertId) ?? []), a]);
      for (const vs of byId.values()) {
        vs.sort((x, y) => x.version - y.version);
        assert.deepEqual(vs[0]?.changes, [], 'version 1 changes nothing');
        for (let i = 1; i < vs.length; i++) {
          const prev = vs[i - 1] as Alert;
          const next = vs[i] as Alert;
          versions++;
          assert.equal(next.version, prev.version + 1, 'versions are consecutive');
          const changes = versionChanges(factsOf(prev), factsOf(next));
          assert.deepEqual(
            next.changes,
            changes,
            `${next.alertId} v${next.version}: changes are the one versionChanges`,
          );
          assert.ok(isMaterial(changes), `${next.alertId} v${next.version}: ${changes.map((c) => c.text).join('; ')}`);
          const dt = Date.parse(next.triggeredAt) - Date.parse(prev.triggeredAt);
          assert.ok(
            dt >= RENOTIFY_MIN_MS || next.severity > prev.severity,
            `${next.alertId} v${next.version}: ${dt / 1000} s after v${prev.version}, level ${prev.level} -> ${next.level}`,
          );
        }
      }
    }
    assert.ok(versions > 0, 'the streams made updates to check');
  });
});

describe('a held-back change is not lost when its event goes quiet', () => {
  const T0 = Date.parse('2026-03-02T12:00:00.000Z');
  const at = (minutes: number, i: number, text: string, author: string): Post => ({
    id: `held-${minutes}-${i}`,
    text,
    createdAt: new Date(T0 + minutes * 60_000 + i * 1000).toISOString(),
    source: 'twitter',
    author: { id: author, handle: author },
  });
  const shooting = [
    at(0, 0, 'Shooting at a school in Parkland, Florida right now, police everywhere', 'a1'),
    at(0, 1, 'Active shooter at the high school in Parkland Florida, we heard gunshots', 'a2'),
    at(0, 2, 'Gunman opened fire at Parkland high school in Florida, students running', 'a3'),
    // A toll: the severity rises, so it goes out at once.
    at(3, 0, 'At least 17 dead in the Parkland Florida school shooting, sheriff says', 'a4'),
    at(3, 1, 'Sheriff: 17 people killed in the shooting at the Parkland high school in Florida', 'a5'),
    // A higher toll two minutes later: material, same severity, so held back for 10 minutes; then the event goes quiet.
    at(5, 0, 'At least 20 dead in the Parkland Florida school shooting, sheriff says', 'a6'),
    at(5, 1, 'Now 20 killed at the Parkland high school shooting in Florida, officials say', 'a7'),
  ];
  // Twenty minutes in, another attack elsewhere: the partition's clock passes the held change's 10 minutes.
  const elsewhere = [
    at(20, 0, 'Shooting reported downtown Denver Colorado, several people hurt', 'b1'),
    at(20, 1, 'Gunfire in downtown Denver Colorado, police on scene', 'b2'),
  ];
  const tollOf = (alerts: readonly Alert[]) => {
    const v1 = alerts.find((a) => a.evidence.includes('held-0-0'));
    assert.ok(v1, `the shooting alerted: ${alerts.map((a) => a.title).join(' | ')}`);
    const vs = alerts.filter((a) => a.alertId === v1.alertId);
    const said = vs.map((v) => `v${v.version} ${v.triggeredAt} ${(v.changes ?? []).map((c) => c.text)}`).join(' | ');
    return { vs, said, at20: vs.find((v) => (v.changes ?? []).some((c) => c.text === 'death toll 17 → 20')) };
  };

  test('the higher toll goes out with the partition’s first post once 10 minutes have passed', async () => {
    for (const batchSize of [1, 4, 100]) {
      const { vs, said, at20 } = tollOf((await replayPosts([...shooting, ...elsewhere], { batchSize })).alerts);
      assert.ok(at20, `batches of ${batchSize}: a version says the toll rose: ${said}`);
      const before = vs.find((v) => v.version === at20.version - 1) as Alert;
      assert.ok(Date.parse(at20.triggeredAt) - Date.parse(before.triggeredAt) >= RENOTIFY_MIN_MS, said);
      assert.equal(at20.triggeredAt, elsewhere[0]?.createdAt, `released by the next post of the partition: ${said}`);
    }
  });

  test('the release needs stream time: with no later post in the partition it is still held', async () => {
    const { at20, said } = tollOf((await replayPosts(shooting, { batchSize: 1 })).alerts);
    assert.equal(at20, undefined, said);
  });
});
