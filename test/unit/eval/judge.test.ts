/** The judge's rules, one case each (tools/eval/judge.ts). */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, type StreamPost, type Truth } from '../../../tools/eval/judge';

const T0 = Date.parse('2026-03-02T01:00:00.000Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();

function truth(o: { preOnsetLabelled?: boolean; category?: string } = {}): Truth {
  return {
    events: [
      {
        eventId: 'e1',
        category: o.category ?? 'storm',
        place: 'Here',
        lat: 10,
        lon: 20,
        onsetAt: at(0),
        firstPostAt: at(1),
        posts: 4,
        ...(o.preOnsetLabelled ? { preOnsetLabelled: true } : {}),
      },
    ],
    postEvent: { p1: 'e1', p2: 'e1', p3: 'e1', p4: 'e1' },
  };
}

function alert(o: {
  id?: string;
  version?: number;
  min: number;
  evidence: string[];
  category?: string;
  lat?: number;
  name?: string;
}) {
  return {
    alertId: o.id ?? 'a1',
    version: o.version ?? 1,
    category: o.category ?? 'storm',
    severity: 2,
    level: 'alert',
    title: 'Storm somewhere',
    triggeredAt: at(o.min),
    evidence: o.evidence,
    sources: ['twitter'],
    posts: o.evidence.length,
    authors: o.evidence.length,
    location: { name: o.name ?? 'Here', lat: o.lat ?? 10, lon: 20 },
  };
}

const stream: StreamPost[] = [
  { id: 'p1', t: Date.parse(at(-50)), lang: 'en' },
  { id: 'b1', t: Date.parse(at(-40)), lang: 'es' },
  { id: 'p2', t: Date.parse(at(2)), lang: 'en' },
  { id: 'p3', t: Date.parse(at(3)), lang: 'it' },
  { id: 'b2', t: Date.parse(at(4)), lang: 'es' },
  { id: 'p4', t: Date.parse(at(5)) },
];

test('a storm alert before landfall is right when the approach is labelled (up to 6 h), early otherwise', () => {
  const early = [alert({ min: -30, evidence: ['p1'] })];
  assert.equal(evaluate(early, truth({ preOnsetLabelled: true }), stream).precision, 1);
  const m = evaluate(early, truth(), stream);
  assert.equal(m.precision, 0);
  assert.equal(m.wrongAlerts[0]?.reason, 'early');
  const tooEarly = [alert({ min: -6 * 60 - 1, evidence: ['p1'] })];
  assert.equal(evaluate(tooEarly, truth({ preOnsetLabelled: true }), stream).wrongAlerts[0]?.reason, 'early');
});

test('posts before the alert count each event post once, however often the stream repeats it', () => {
  const repeated = [
    ...stream.slice(0, 3),
    { id: 'p2', t: Date.parse(at(2)), lang: 'en' },
    { id: 'p2', t: Date.parse(at(2)), lang: 'en' },
    ...stream.slice(3),
  ];
  const m = evaluate([alert({ min: 3, evidence: ['p2', 'p3'] })], truth(), repeated);
  assert.equal(m.perEvent[0]?.postsBeforeAlert, 3);
  assert.equal(m.perEvent[0]?.eventPosts, 4);
});

test('each alertId is judged once, on its first version, whatever order the versions come in', () => {
  const lines = [
    alert({ version: 2, min: 10, evidence: ['p2', 'p3', 'p4'] }),
    alert({ version: 1, min: 3, evidence: ['p2', 'b1', 'b2'] }),
  ];
  const m = evaluate(lines, truth(), stream);
  assert.deepEqual([m.alertIds, m.rightAlertIds, m.precision, m.precisionLatestVersion], [1, 0, 0, 1]);
  assert.equal(m.wrongAlerts[0]?.reason, 'mixed evidence');
  assert.equal(m.eventsDetected, 0);
});

test("category and place come from the first right alert's first version; the latest version is shown beside", () => {
  const lines = [
    alert({ id: 'a2', min: 20, evidence: ['p4'], category: 'storm' }),
    alert({ id: 'a1', version: 1, min: 3, evidence: ['p2', 'p3'], category: 'flood', lat: 11, name: 'Far' }),
    alert({ id: 'a1', version: 2, min: 4, evidence: ['p2', 'p3'], category: 'storm', lat: 10, name: 'Here' }),
  ];
  const e = evaluate(lines, truth(), stream).perEvent[0];
  assert.deepEqual(
    [e?.alertIds, e?.alertCategory, e?.categoryRight, e?.alertPlace, e?.placeKm, e?.latestPlaceKm],
    [['a1', 'a2'], 'flood', false, 'Far', 111, 0],
  );
});

test('an alert without event posts is wrong; figures are null, not zero, when there is nothing to judge', () => {
  const m = evaluate([alert({ min: 3, evidence: ['b1', 'b2'] })], truth(), stream);
  assert.equal(m.wrongAlerts[0]?.reason, 'no event posts');
  assert.equal(m.wrongAlerts[0]?.lang, 'es');
  assert.equal(m.categoryAccuracy, null);
  assert.equal(evaluate([], truth(), stream).precision, null);
});

test('per language: cited event posts of right alerts, unlabelled posts cited by any alert', () => {
  const lines = [alert({ min: 3, evidence: ['p2', 'p3', 'b2'] }), alert({ id: 'x', min: 30, evidence: ['b1'] })];
  const byLang = new Map(evaluate(lines, truth(), stream).perLanguage.map((l) => [l.lang, l]));
  assert.deepEqual([byLang.get('en')?.eventPosts, byLang.get('en')?.eventPostsCited], [2, 1]);
  assert.deepEqual([byLang.get('it')?.eventPostRecall, byLang.get('it')?.eventsCited], [1, 1]);
  assert.deepEqual([byLang.get('none')?.eventPosts, byLang.get('none')?.eventPostsCited], [1, 0]);
  assert.deepEqual(
    [
      byLang.get('es')?.unlabelledPosts,
      byLang.get('es')?.unlabelledCited,
      byLang.get('es')?.unlabelledCitedPer10k,
      byLang.get('es')?.wrongAlerts,
    ],
    [2, 2, 10_000, 1],
  );
});

test('lines that are not alerts in the replay format are refused with the line and field', () => {
  assert.throws(
    () => evaluate([{ ...alert({ min: 3, evidence: ['p2'] }), triggeredAt: 'yesterday' }], truth(), stream),
    /alert line 1: triggeredAt/,
  );
  assert.throws(() => evaluate([], { ...truth(), postEvent: { p1: 'nope' } }, stream), /unknown event nope/);
});
