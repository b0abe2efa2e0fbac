/**
 * A point event's witnesses (engine/witnesses.ts) and the rules around the
 * unplaced pool (trigger.ts, alert.ts, routing.ts findMerge): first-hand
 * reports that name no place corroborate the one place reported in their
 * minutes when their voices are beyond their own rate; a point family's pool
 * never alerts by itself; an unplaced pool's alert does not show the pool's
 * faint votes; a quake's unplaced and placed bursts within a window are one
 * event. Hand-made window posts, no data needed.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openAlert } from '../../../functions/domain/detector/engine/alert';
import { countWitness, witnessesBeyondRate } from '../../../functions/domain/detector/engine/burst';
import type { Evidence } from '../../../functions/domain/detector/engine/evidence';
import { PARAMS } from '../../../functions/domain/detector/engine/params';
import { findMerge, route } from '../../../functions/domain/detector/engine/routing';
import {
  type Candidate,
  emptyHead,
  type Head,
  newCandidate,
  type RecentPost,
} from '../../../functions/domain/detector/engine/state';
import { checkTrigger } from '../../../functions/domain/detector/engine/trigger';
import { adoptFelt, witnessesOf } from '../../../functions/domain/detector/engine/witnesses';
import { CAT_INDEX, NCATS } from '../../../functions/domain/detector/lexicon';

const T = Date.parse('2026-03-02T12:00:00.000Z');
const MIN = 60_000;
const ATTACK = CAT_INDEX.attack;
const QUAKE = CAT_INDEX.earthquake;

let n = 0;
/** A window post: its own author and text, its own words unless given, a first-report cue. */
function rp(k: number, t: number, o: Partial<RecentPost> = {}): RecentPost {
  n++;
  return {
    id: `p${n}`,
    t,
    a: 1000 + n,
    w: 0.9,
    r: 0.9,
    src: 'twitter',
    dup: 5000 + n,
    k,
    c: [9000 + n, 9500 + n],
    s: true,
    ...o,
  };
}

function cand(key: string, area: string, posts: RecentPost[]): Candidate {
  const c = newCandidate(key, area, posts[0]?.t ?? T, NCATS);
  c.recent = [...posts];
  c.lastAt = Math.max(...posts.map((x) => x.t));
  for (const x of posts) c.catVotes[x.k] = (c.catVotes[x.k] as number) + x.w;
  return c;
}

function partition(cs: Candidate[]): { head: Head; cands: Map<string, Candidate> } {
  const head = emptyHead('inc');
  for (const c of cs) head.active.push([c.key, c.lastAt, c.alert ? 1 : 0]);
  return { head, cands: new Map(cs.map((c) => [c.key, c])) };
}

/** First-hand voices of category k counted in the head: one background voice an hour for `hours`, then `burst` at `at`. */
function witnessVoices(head: Head, k: number, hours: number, burst: readonly RecentPost[]): void {
  for (let h = hours; h > 0; h--) countWitness(head, k, T - h * 3600_000, `bg-${h}`, 100 + h);
  for (const x of burst) countWitness(head, k, x.t, `a${x.a}`, x.dup);
}

describe('trigger: the unplaced pool', () => {
  const shared = [1, 2];
  const posts = (k: number) => [0, 1, 2, 3].map((i) => rp(k, T + i * MIN, { c: shared }));

  test("a point family's unplaced pool never alerts, however many voices it holds", () => {
    const pool = cand('e#inc#pool', '?', posts(ATTACK));
    const chk = checkTrigger(pool, pool.recent.at(-1) as RecentPost, 0);
    assert.equal(chk.authors, 4);
    assert.equal(chk.fired, false);
  });

  test('the same posts alert in a placed candidate when one names the place, and in the pool of a regional family (a quake felt)', () => {
    const named = posts(ATTACK);
    named[0] = { ...(named[0] as RecentPost), pl: [7] };
    const placed = cand('e#inc#GB', 'GB', named);
    assert.equal(checkTrigger(placed, placed.recent.at(-1) as RecentPost, 0).fired, true);
    const felt = cand('e#quake#pool', '?', posts(QUAKE));
    assert.equal(checkTrigger(felt, felt.recent.at(-1) as RecentPost, 0).fired, true);
  });

  test("a placed candidate whose reports of the category name no place does not alert (it would show another post's place)", () => {
    // A background report of another category opened the candidate half an hour before; a burst of "shots fired!"
    // shares a word with it.
    const old = rp(CAT_INDEX.fire, T - 30 * MIN, { pl: [7], c: [...shared, 7] });
    const c = cand('e#inc#MX', 'MX', [old, ...posts(ATTACK)]);
    assert.equal(checkTrigger(c, c.recent.at(-1) as RecentPost, 0).fired, false);
    // Named by a report of the category, the same window alerts.
    const named = cand('e#inc#MX', 'MX', [
      old,
      ...posts(ATTACK),
      rp(ATTACK, T + 5 * MIN, { pl: [7], c: [...shared, 7] }),
    ]);
    assert.equal(checkTrigger(named, named.recent.at(-1) as RecentPost, 0).fired, true);
  });
});

describe('trigger: witnesses corroborate without shared words', () => {
  const placedReport = rp(ATTACK, T + 3 * MIN, { pl: [7], c: [7, 8] });
  const seen = [rp(ATTACK, T), rp(ATTACK, T + MIN)];

  test('two first-hand reports naming no place and one naming the place: fired only as witnesses', () => {
    const c = cand('e#inc#GB', 'GB', [...seen, placedReport]);
    assert.equal(checkTrigger(c, placedReport, 0, false, false).fired, false);
    const chk = checkTrigger(c, placedReport, 0, false, true);
    assert.equal(chk.fired, true);
    assert.equal(chk.authors, 3);
  });

  test('a report more than PARAMS.burstMs from the newest is no witness of it', () => {
    const late = rp(ATTACK, T + PARAMS.burstMs + 2 * MIN, { pl: [7], c: [7, 8] });
    const c = cand('e#inc#GB', 'GB', [...seen, late]);
    assert.equal(checkTrigger(c, late, 0, false, true).fired, false);
  });
});

describe('witnessesOf', () => {
  const setup = () => {
    const placed = cand('e#inc#GB.1', 'GB', [
      rp(ATTACK, T + 2 * MIN, { pl: [7], c: [7, 8] }),
      rp(ATTACK, T + 150_000, { pl: [7], c: [7, 18] }),
    ]);
    const burst = [rp(ATTACK, T), rp(ATTACK, T + MIN), rp(ATTACK, T + 90_000), rp(ATTACK, T + 3 * MIN)];
    const pool = cand('e#inc#pool', '?', burst);
    return { placed, pool, burst };
  };

  test('the pool reports of its minutes join the one place reported, when their voices are beyond their rate', () => {
    const { placed, pool, burst } = setup();
    const { head, cands } = partition([placed, pool]);
    witnessVoices(head, ATTACK, 10, burst);
    const w = witnessesOf('inc', head, cands, placed, ATTACK, T + 3 * MIN);
    assert.equal(w.witnessed, true);
    assert.deepEqual(
      w.add.map((x) => x.id),
      burst.map((x) => x.id),
    );
  });

  test('none when the place is named by one author only, or by posts that ask or talk about attackers', () => {
    const passing = (o: Partial<RecentPost>[]) => {
      const { pool, burst } = setup();
      const placed = cand(
        'e#inc#GB.1',
        'GB',
        o.map((x, i) => rp(ATTACK, T + 2 * MIN + i * 10_000, { pl: [7], c: [7, 8 + i], ...x })),
      );
      const { head, cands } = partition([placed, pool]);
      witnessVoices(head, ATTACK, 10, burst);
      return witnessesOf('inc', head, cands, placed, ATTACK, T + 3 * MIN).witnessed;
    };
    // "The shooting in Leeds last year": one voice naming a place says nothing of where the witnesses are.
    assert.equal(passing([{}]), false);
    assert.equal(passing([{ a: 42 }, { a: 42 }]), false);
    assert.equal(passing([{}, { q: true }]), false);
    assert.equal(passing([{}, { tp: true }]), false);
    assert.equal(passing([{}, {}]), true);
  });

  test('none when first-hand reports of the category are common (their rate gives that many)', () => {
    const { placed, pool, burst } = setup();
    const { head, cands } = partition([placed, pool]);
    // One first-hand voice every two minutes for ten hours: four more in minutes are nothing new.
    for (let m = 600; m > 0; m -= 2) countWitness(head, ATTACK, T - m * MIN, `bg-${m}`, 100 + m);
    for (const x of burst) countWitness(head, ATTACK, x.t, `a${x.a}`, x.dup);
    assert.equal(witnessesOf('inc', head, cands, placed, ATTACK, T + 3 * MIN).witnessed, false);
  });

  test('none when another place reports the category in the same minutes', () => {
    const { placed, pool, burst } = setup();
    const other = cand('e#inc#FR.1', 'FR', [rp(ATTACK, T + MIN, { pl: [17], c: [17, 18] })]);
    const { head, cands } = partition([placed, pool, other]);
    witnessVoices(head, ATTACK, 10, burst);
    assert.equal(witnessesOf('inc', head, cands, placed, ATTACK, T + 3 * MIN).witnessed, false);
  });

  test("another place's reports in another language leave this place the witnesses who write its reports' language", () => {
    // Murcia's attack is reported in Spanish while Tokyo's, in Japanese, goes on: the Spanish witnesses are Murcia's,
    // the Japanese ones nobody's here; in one language (or unknown) they could be at either place.
    const run = (otherLang: string | undefined, witnessLang: string | undefined, chatter?: string) => {
      const placed = cand('e#inc#ES.1', 'ES', [
        rp(ATTACK, T + 2 * MIN, { pl: [7], c: [7, 8], l: 'es' }),
        rp(ATTACK, T + 150_000, { pl: [7], c: [7, 18], l: 'es' }),
      ]);
      const spanish = [0, 1, 1.5, 3].map((m) => rp(ATTACK, T + m * MIN, witnessLang ? { l: witnessLang } : {}));
      const japanese = [0.5, 2.5].map((m) => rp(ATTACK, T + m * MIN, { l: 'ja' }));
      const pool = cand(
        'e#inc#pool',
        '?',
        [...spanish, ...japanese].sort((x, y) => x.t - y.t),
      );
      const lang = otherLang ? { l: otherLang } : {};
      const other = cand('e#inc#JP.1', 'JP', [
        rp(ATTACK, T + MIN, { pl: [17], c: [17, 18], ...lang }),
        rp(ATTACK, T + 70_000, { pl: [17], c: [17, 19], ...lang }),
        ...(chatter ? [rp(ATTACK, T + 80_000, { pl: [17], c: [17, 20], l: chatter })] : []),
      ]);
      const { head, cands } = partition([placed, pool, other]);
      witnessVoices(head, ATTACK, 10, [...spanish, ...japanese]);
      const w = witnessesOf('inc', head, cands, placed, ATTACK, T + 3 * MIN);
      return { witnessed: w.witnessed, added: w.add.map((x) => x.id).sort(), spanish: spanish.map((x) => x.id).sort() };
    };
    const apart = run('ja', 'es');
    assert.equal(apart.witnessed, true);
    assert.deepEqual(apart.added, apart.spanish);
    assert.equal(run('es', 'es').witnessed, false);
    assert.equal(run(undefined, 'es').witnessed, false);
    assert.equal(run('ja', undefined).witnessed, false);
    // The other place's English chatter ("Reports of a shooting in Istanbul") leaves English witnesses this place's
    // when this place is reported in English: the other place's majority decides.
    assert.equal(run('ja', 'es', 'es').witnessed, true);
    assert.equal(run('ja', 'ja').witnessed, false);
  });

  test('none from one text however many share it, nor from one author however many texts', () => {
    for (const voice of [(x: RecentPost) => ({ ...x, dup: 1 }), (x: RecentPost) => ({ ...x, a: 1 })]) {
      const { placed, burst } = setup();
      const pool = cand('e#inc#pool', '?', burst.map(voice));
      const { head, cands } = partition([placed, pool]);
      witnessVoices(head, ATTACK, 10, burst);
      assert.equal(witnessesOf('inc', head, cands, placed, ATTACK, T + 3 * MIN).witnessed, false);
    }
  });

  test('none for a regional family (a quake has its felt reports: partition.ts adoptFelt)', () => {
    const { placed, pool, burst } = setup();
    const { head, cands } = partition([placed, pool]);
    witnessVoices(head, ATTACK, 10, burst);
    assert.equal(witnessesOf('quake', head, cands, placed, ATTACK, T + 3 * MIN).witnessed, false);
  });
});

describe('burst.ts: first-hand voices against their own rate', () => {
  test('four first-hand voices in minutes after a quiet day are beyond it; after a busy one they are not', () => {
    const quiet = emptyHead('inc');
    for (let h = 24; h > 0; h--) countWitness(quiet, ATTACK, T - h * 3600_000, `q${h}`, h);
    for (let i = 0; i < 4; i++) countWitness(quiet, ATTACK, T + i * 30_000, `v${i}`, 50 + i);
    assert.equal(witnessesBeyondRate(quiet, ATTACK, T + 2 * MIN), true);
    const busy = emptyHead('inc');
    for (let m = 24 * 60; m > 0; m -= 3) countWitness(busy, ATTACK, T - m * MIN, `b${m}`, m);
    for (let i = 0; i < 4; i++) countWitness(busy, ATTACK, T + i * 30_000, `v${i}`, 50 + i);
    assert.equal(witnessesBeyondRate(busy, ATTACK, T + 2 * MIN), false);
  });
});

describe("alert.ts: an unplaced pool's alert", () => {
  test("drops the pool's faint votes; a placed candidate keeps its own", () => {
    const vote = { k: 'syria', c: [1], p: [1], w: 1 };
    for (const area of ['?', 'GB']) {
      const c = cand(`e#quake#${area}`, area, [rp(QUAKE, T), rp(QUAKE, T + MIN)]);
      c.places = { v: [vote as never] };
      openAlert(c, 'quake', c.recent, c.recent.at(-1) as RecentPost, 2, () => false);
      assert.equal(c.places.v.length, area === '?' ? 0 : 1, area);
    }
  });
});

describe('findMerge: a quake is one event whether its burst names a place or not', () => {
  const alerted = (area: string): Candidate => {
    const d = cand(`e#quake#${area}.d`, area, [rp(QUAKE, T, { c: [1, 2] }), rp(QUAKE, T + MIN, { c: [1, 2] })]);
    openAlert(d, 'quake', d.recent, d.recent.at(-1) as RecentPost, 2, () => false);
    return d;
  };

  test('an unplaced felt burst minutes after a placed quake alert, and a placed one after an unplaced alert, merge', () => {
    for (const [dArea, cArea] of [
      ['JP', '?'],
      ['?', 'JP'],
    ] as const) {
      const d = alerted(dArea);
      const c = cand(`e#quake#${cArea}.c`, cArea, [rp(QUAKE, T + 10 * MIN), rp(QUAKE, T + 11 * MIN)]);
      const { head, cands } = partition([d, c]);
      assert.equal(findMerge(head, cands, c, 'earthquake', [777, 778], T + 11 * MIN), d, `${dArea} <- ${cArea}`);
      // Beyond a trigger window of the quake's first report, another quake.
      assert.equal(findMerge(head, cands, c, 'earthquake', [777, 778], T + PARAMS.windowMs + MIN), null);
    }
  });

  test('where one side has no place, a burst written mostly in another language is another quake', () => {
    const speak = (x: Candidate, l: string) => {
      for (const r of x.recent) r.l = l;
      return x;
    };
    for (const [dArea, cArea] of [
      ['JP', '?'],
      ['?', 'ES'],
    ] as const) {
      for (const [lang, merges] of [
        ['es', false],
        ['ja', true],
      ] as const) {
        const d = speak(alerted(dArea), 'ja');
        const c = speak(cand(`e#quake#${cArea}.c`, cArea, [rp(QUAKE, T + 10 * MIN), rp(QUAKE, T + 11 * MIN)]), lang);
        const { head, cands } = partition([d, c]);
        assert.equal(
          findMerge(head, cands, c, 'earthquake', [777, 778], T + 11 * MIN),
          merges ? d : null,
          `${dArea} <- ${cArea} ${lang}`,
        );
      }
    }
  });
});

describe('route: an alert without a place', () => {
  const felt = (lang: string): Evidence => ({
    id: `felt-${lang}`,
    t: T + 5 * MIN,
    source: 'twitter',
    sig: 0.6,
    cat: QUAKE,
    catScores: [],
    casualty: 0,
    eyewitness: true,
    breaking: false,
    strong: true,
    place: null,
    author: `author-${lang}`,
    followers: 0,
    verified: false,
    isRetweet: false,
    dupKey: 4242,
    terms: ['earthquake'],
    content: [31337],
    magnitude: 0,
    deaths: 0,
    lang,
    excerpt: '',
    handle: '',
  });

  test("takes an unplaced report of its category in its posts' language (or an unknown one), not in another", () => {
    const d = cand('e#quake#pool', '?', [rp(QUAKE, T, { l: 'ja' }), rp(QUAKE, T + MIN, { l: 'ja' })]);
    openAlert(d, 'quake', d.recent, d.recent.at(-1) as RecentPost, 2, () => false);
    const { head, cands } = partition([d]);
    assert.equal(route(head, cands, 'quake', felt('ja'), T + 5 * MIN, '?'), d);
    assert.equal(route(head, cands, 'quake', felt('und'), T + 5 * MIN, '?'), d);
    assert.equal(route(head, cands, 'quake', felt('es'), T + 5 * MIN, '?'), undefined);
  });
});

describe("adoptFelt: a quake's felt reports", () => {
  const felt = () => [rp(QUAKE, T, { e: true }), rp(QUAKE, T + MIN, { e: true })];

  test('join a placed quake candidate; not while another quake alerted within a trigger window', () => {
    const pool = cand('e#quake#pool', '?', felt());
    const hawaii = cand('e#quake#US.h', 'US', [rp(QUAKE, T + 2 * MIN, { pl: [3], c: [3, 4] })]);
    let { head, cands } = partition([pool, hawaii]);
    adoptFelt(head, cands, hawaii, T + 2 * MIN);
    assert.equal(hawaii.recent.length, 3);
    const tokyo = cand('e#quake#JP.t', 'JP', [
      rp(QUAKE, T, { pl: [5], c: [5, 6] }),
      rp(QUAKE, T + MIN, { pl: [5], c: [5, 6] }),
    ]);
    openAlert(tokyo, 'quake', tokyo.recent, tokyo.recent.at(-1) as RecentPost, 2, () => false);
    const later = cand('e#quake#US.h', 'US', [rp(QUAKE, T + 2 * MIN, { pl: [3], c: [3, 4] })]);
    ({ head, cands } = partition([pool, tokyo, later]));
    adoptFelt(head, cands, later, T + 2 * MIN);
    assert.equal(later.recent.length, 1);
  });
});
