/**
 * Fuzzing scoreMessage (functions/score/score-message.ts) with the real
 * detector's two stages in process (IPS.ts):
 * sequences of arbitrary bodies (garbage, bad envelopes, batches of good and
 * bad posts, crisis posts that raise alerts, posts redelivered in a later
 * message) through one detector.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AlertSchema } from '../../../functions/domain/alert';
import { type MessageOutcome, scoreMessage } from '../../../functions/score/score-message';
import { inProcessStages } from '../../../tools/local/in-process-stages';
import { badMessageArb, batchArb, fuzzParams, itemArb, type Obj } from './arbitraries';

/** Posts that pass the detector's gate: eyewitness reports of one event by distinct authors, ids from a small pool (redeliveries). */
const crisisPostArb: fc.Arbitrary<Obj> = fc.record({
  id: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `c${i}`)),
  text: fc.constantFrom(
    'Huge explosion at the chemical plant in Houston, smoke everywhere',
    'BREAKING: explosion reported at a chemical plant in Houston, Texas, injuries feared',
    'Strong earthquake just now in Lima, buildings shaking',
    'Magnitude 6.8 earthquake hits Lima, Peru, at least 12 killed',
    'Shots fired at the mall in Denver, we are hiding in a store \u202e\u200b',
    'RT @news: Train derailed in Madrid, people trapped inside the carriages \ud800',
  ),
  createdAt: fc
    .integer({ min: 0, max: 3_600_000 })
    .map((ms) => new Date(Date.parse('2026-05-01T10:00:00Z') + ms).toISOString()),
  source: fc.constant('twitter'),
  author: fc.record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6'),
    followers: fc.nat({ max: 50_000 }),
    verified: fc.boolean(),
  }),
});

interface Body {
  body: string;
  kind: 'garbage' | 'bad-envelope' | 'batch';
  postsIn?: number;
  field?: string;
}

const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'binary', maxLength: 100 }).map((body): Body => ({ body, kind: 'garbage' })),
  },
  { weight: 1, arbitrary: badMessageArb.map(({ body, field }): Body => ({ body, kind: 'bad-envelope', field })) },
  { weight: 2, arbitrary: batchArb.map((c): Body => ({ body: c.body, kind: 'batch', postsIn: c.items.length })) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: crisisPostArb },
          { weight: 1, arbitrary: itemArb('twitter').map((i) => i.post) },
        ),
        { maxLength: 25 },
      )
      .map(
        (posts): Body => ({
          body: JSON.stringify({ batchId: 'crisis', source: 'twitter', posts }),
          kind: 'batch',
          postsIn: posts.length,
        }),
      ),
  },
);

/**
 * Without redelivery, post ids are made unique per message (prefixed with the
 * message's index): the detector sees each post once.
 */
function uniqueIds(body: string, i: number): string {
  try {
    const m = JSON.parse(body) as { posts?: unknown };
    if (!m || typeof m !== 'object' || !Array.isArray(m.posts)) return body;
    m.posts = m.posts.map((p: unknown) =>
      p && typeof p === 'object' && typeof (p as Obj).id === 'string'
        ? { ...(p as Obj), id: `${i}:${(p as Obj).id as string}` }
        : p,
    );
    return JSON.stringify(m);
  } catch {
    return body;
  }
}

/** Coverage: how many alerts and quarantined messages the fuzzing produced (the interesting paths must be reached). */
const seen = { alerts: 0, invalid: 0, rejected: 0, duplicates: 0 };

async function check(input: Body[], redeliver: boolean): Promise<void> {
  const bodies = input.map((b, i) => (redeliver ? b : { ...b, body: uniqueIds(b.body, i) }));
  // The crisis posts' hour: the random times around it (2012-2030) mostly fall outside the window, and are quarantined for it.
  const s = inProcessStages({ clock: () => new Date('2026-05-01T11:00:00Z') });
  for (const [i, b] of bodies.entries()) {
    const messageId = `m-${i}`;
    const qBefore = s.quarantined.length;
    const aBefore = s.alerts.length;
    const s2Before = s.stage2.length;
    const dedupBefore = s.deduplicated;
    let o: MessageOutcome;
    try {
      o = await scoreMessage(b.body, messageId, s.deps);
    } catch (e) {
      assert.fail(`scoreMessage threw on message ${i} (${b.kind}): ${e instanceof Error ? e.stack : String(e)}`);
    }
    assert.equal(o.messageId, messageId);
    const s2 = s.stage2.slice(s2Before);
    const alertsCreated = s2.reduce((n, x) => n + x.alertsCreated, 0);
    const duplicates = s2.reduce((n, x) => n + x.duplicates, 0);
    const applied = s2.reduce((n, x) => n + x.applied, 0);
    seen.alerts += alertsCreated;
    seen.invalid += o.valid ? 0 : 1;
    seen.rejected += o.rejected;
    // Redelivered: evidence recognised by stage 2, or a whole evidence message dropped by the FIFO queue (same batch id).
    seen.duplicates += duplicates + (s.deduplicated - dedupBefore);
    assert.equal(o.postsIn, o.scored + o.rejected, `postsIn = scored + rejected (${JSON.stringify(o)})`);
    assert.equal(
      s2.reduce((n, x) => n + x.evidence, 0),
      applied + duplicates,
      'stage 2: evidence = applied + duplicates',
    );
    assert.ok(applied + duplicates <= o.evidence, 'stage 2 sees at most the evidence stage 1 sent');
    for (const n of [o.postsIn, o.scored, o.rejected, o.evidence, duplicates, alertsCreated])
      assert.ok(Number.isInteger(n) && n >= 0);
    const q = s.quarantined.slice(qBefore);
    if (b.kind === 'bad-envelope') assert.equal(o.valid, false);
    if (!o.valid) {
      assert.equal(o.postsIn, 0);
      assert.equal(q.length, 1, 'an invalid message is quarantined once');
      assert.equal(q[0]!.kind, 'invalid-message');
      assert.equal(q[0]!.payload, b.body, 'the original body is kept for redrive');
      const field = b.field ?? (b.kind === 'garbage' ? '(message)' : undefined);
      if (field)
        assert.ok(q[0]!.reason.startsWith(`${field}: `), `reason names the field: ${q[0]!.reason.slice(0, 80)}`);
      assert.match(q[0]!.reason, /^(\(message\)|batchId|source|posts)(\[\d+\])?[^:]*: \S/, 'reason = "field: why"');
    } else {
      if (b.postsIn !== undefined) assert.equal(o.postsIn, b.postsIn, 'every post of the message is accounted for');
      if (o.rejected > 0) {
        assert.equal(q.length, 1, 'rejected posts are quarantined once per message');
        assert.equal(q[0]!.kind, 'rejected-posts');
        assert.match(q[0]!.reason, /^posts\[\d+\][^:]*: \S/);
        const rejected = (q[0]!.payload as { rejected: { field: string; reason: string }[] }).rejected;
        assert.equal(rejected.length, o.rejected);
        for (const r of rejected) assert.ok(/^posts\[\d+\]/.test(r.field) && r.reason.length > 0);
      } else assert.equal(q.length, 0, 'nothing quarantined from a clean message');
    }
    const raised = s.alerts.slice(aBefore);
    assert.ok(alertsCreated <= raised.length);
    for (const a of raised) {
      const parsed = AlertSchema.safeParse(a);
      assert.ok(
        parsed.success,
        `every alert raised is a valid Alert: ${parsed.success ? '' : parsed.error.issues[0]?.message}`,
      );
    }
  }
}

describe('fuzz: scoreMessage with the real detector', () => {
  test('never throws; postsIn = scored + rejected, evidence = applied + duplicates; bad input quarantined with its reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bodyArb, { minLength: 1, maxLength: 6 }), (bodies) => check(bodies, false)),
      fuzzParams(450),
    );
    assert.ok(
      seen.alerts > 0 && seen.invalid > 0 && seen.rejected > 0,
      `the fuzzing reached alerts and quarantine: ${JSON.stringify(seen)}`,
    );
  });

  // This property found that a redelivered post was counted in both scored and duplicates (fixed in d0041e2).
  test('the same, when posts come again in later messages (SQS redelivery, replays)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bodyArb, { minLength: 1, maxLength: 6 }), (bodies) => check(bodies, true)),
      fuzzParams(200),
    );
    assert.ok(seen.duplicates > 0, `the fuzzing reached redelivered posts: ${JSON.stringify(seen)}`);
  });
});
