/**
 * Quality gate on the real streams (needs ../shared/data or TOCSIN_DATA;
 * skipped without it): `npm run eval`'s run over dev-heavy and cv, each
 * judged with a model that never saw its events (leave-event-out). Fails
 * when a figure falls below today's (FLOORS: non-regression, raise them when
 * the detector improves); issue 9's targets are printed beside, not asserted.
 *
 * Runtime: about 20 s of CPU with the cached leave-event-out models
 * (.tocsin/cache/models): 30-40 s wall on a quiet machine, up to 90 s beside
 * the rest of `npm test` on a busy one; a cold cache (training data or
 * training code changed) adds 13-30 s per model. That is why it runs with
 * the integration tests, not in test:unit (which stays under a minute).
 */

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../resources/repo';
import { dataDir } from '../../tools/data/data-dir';
import { type Metrics, TARGETS } from '../../tools/eval/judge';
import { formatEval } from '../../tools/eval/report';
import { runEval } from '../../tools/eval/run';

interface Floors {
  eventsDetected: number;
  precision: number;
  medianPostsBeforeAlert: number;
  categoryAccuracy: number;
  placeWithin50km: number;
  placeWithin161km: number;
  alertsPerDetectedEvent: number;
}

/**
 * Measured after the places module's merge (issue 9 item 2). Raised from the
 * eval branch's figures: dev-heavy place50/place161 8/10 -> 9/10 and alerts
 * per event 12/10 -> 10/10, cv precision 18/19 -> 20/20, place50 4/12 ->
 * 6/12, place161 7/12 -> 10/12. Lowered, as the merge's accepted cost (see
 * docs/detector-history.md, the place merge): dev-heavy precision 12/12 -> 10/11 (a London
 * attack in the unlabelled background, now placed, is corroborated), cv
 * median posts 18 -> 20.5 and alerts per event 18/12 -> 20/12 (common words
 * read as far places split an event: "Metro" as Metro, Indonesia, "One" as
 * Onè, Italy, "Islands" as Islands, Hong Kong).
 *
 * After the per-post rebuild (one scanner, 17 seed languages, no language
 * feature, old news): cv alerts per event 20/12 -> 17/12 (raised). Lowered,
 * as that change's accepted cost (docs/detector-history.md): cv
 * precision 20/20 -> 17/18 (two Hindi opinion posts about attacks in Delhi,
 * no longer discounted for not being English, are corroborated), cv median
 * posts 20.5 -> 22; dev-heavy median posts 3 -> 3.5 and place50/place161
 * 9/10 -> 8/10 (the Glasgow crash joins the unlabelled London attack posts of
 * the background, now evidence in Italian and English, in one GB candidate).
 */
/*
 * Engine rebuild (issue 9 items 3-4, branch engine): dev-heavy category
 * 9/10 -> 10/10 (raised). cv alerts per event 20/12 -> 22/12 (lowered, its
 * accepted cost): posts now join an event by compatibility with its place
 * (within both radii plus 50 km for point events, 150 km for fires, 300 km
 * for quakes, 800 km for storms) instead of by their own area key, so two
 * same-category events in two cities of one country stay two alerts
 * (engine.test.ts, "event identity"; the old routing merged Hamburg and
 * Munich fires into one id). On cv that splits hurricanes whose posts are
 * placed along their whole track (Dorian: Bahamas, Maryland, Texas,
 * Newfoundland), while wrong readings named by the event's own posts no
 * longer split one ("Metro" as Metro, Indonesia: NY derailment 3 -> 2).
 */
/*
 * Both rebuilds merged (per-post path + engine, 2026-12-02, measured with
 * `npm run eval` on the merged tree): dev-heavy precision 10/11 -> 11/12,
 * category 10/10, place50/161 9/10 (the engine's routing keeps the Glasgow
 * crash apart from the background London posts again); alerts per event
 * 10/10 -> 11/10 (lowered: the Santiago train crash now has two right
 * alerts). cv precision 20/21, alerts per event 20/12 (between the two
 * branches' 17/12 and 22/12); place161 10/12 -> 9/12 (lowered: three storms'
 * first alerts are over 161 km off: Sandy at Arlington, VA, 244 km; Irma
 * Barbuda at Houston, 3,658 km; Dorian at National City, CA, 3,916 km).
 */
/*
 * Branch `detect` (2026-12-02, `npm run eval`): directions are no places
 * ("northwest of Bologna" is not Northwest, Iceland), a first-hand report of
 * an earthquake is evidence in any seed language, a burst of three or more
 * authors is not its own background, and a weather event is one per storm
 * name (posts and bursts naming the storm it goes by join it wherever they
 * were read; a post naming only other storms never joins it). cv: median
 * posts 22 -> 14, place50 6/12 -> 8/12 (Dorian at Marsh Harbour, 10 km),
 * place161 9/12 -> 10/12, alerts per event 20/12 -> 17/12; dev-heavy: alerts
 * per event 11/10 -> 10/10. Precision floors LOWERED, with the same single
 * wrong alert in each stream as before (dev-heavy: the London background
 * attack; cv: the Hindi posts about attacks in Delhi): the duplicate right
 * alerts that were merged no longer dilute it (dev-heavy 11/12 -> 10/11, cv
 * 20/21 -> 17/18). Then a collapse named once with nothing else said is no
 * report ("il crollo della Juve", "the collapse of the euro"): Dorian's
 * "collapse in Bahamas" alert (judged right, its category wrong) goes, cv
 * alerts per event 17/12 -> 16/12 and precision 17/18 -> 16/17 (the same
 * one wrong alert over one right alert fewer). Then prepositions of other
 * languages that are English words ("no", "a") are no place cue in English
 * posts (a headline whose "No One" was read as a flood "in Onè,
 * Italy"): cv alerts per event 16/12 -> 15/12, precision 16/17 -> 15/16
 * (the same one wrong alert again). Then a storm is known by its name
 * written as a possessive without the apostrophe too ("Hurricane Irmas eye")
 * and by its name as a word of the event's posts: cv alerts per event
 * 15/12 -> 13/12 (Irma Keys 2 -> 1, Dorian 2 -> 1), precision 15/16 ->
 * 13/14 (the same one wrong alert), and two floors LOWERED: place50 8/12 ->
 * 7/12 and place161 10/12 -> 9/12: Dorian's posts now form one event whose
 * first burst is in Palm Beach, FL (306 km) rather than Marsh Harbour (10 km);
 * which of the storm's bursts fires first decides its first place.
 * Branch `detect2` (2026-12-02): a pair of authors corroborates only when
 * both tell (a question without an eyewitness cue is commentary) or they
 * share more than their place (a place and its readings count once):
 * precision dev-heavy 10/11 -> 10/10 (the London pair: an Italian question
 * and a follow-up), cv 13/14 -> 13/13 (the two Hindi posts about Delhi, one
 * asking "where were the police?"); every other figure unchanged. Then a
 * point event placed at a town is judged against its town's talk (its
 * one-degree cell) and its area's unlocated talk, not against everything its
 * country said: dev-heavy median posts 3.5 -> 3 (Glasgow 4 -> 3: London's
 * talk was its background), cv 14 -> 13.5 (Springwood 21 -> 17). Then a
 * number after a comma or a semicolon is a count, not a day (a post like
 * "block falls in Bangladesh; 2 dead" was unplaced and joined a crash alert): dev-heavy
 * Savar 4 -> 2 posts; no floor moves. Then a slow event (weather: a storm
 * is forecast, then reported for hours) is not its own background: cv
 * median posts 13.5 -> 13 (Moore 100 -> 56, Harvey 9 -> 4, Sandy 18 -> 16).
 * Then a storm said to strike ("makes landfall", "slams"; no forecast cue)
 * carries a first-report cue: cv detects every event (Haiyan, 15 posts) and
 * place50 7/12 -> 8/13, place161 9/12 -> 10/13 (Dorian's first place Marsh
 * Harbour, 10 km), category 11/12 -> 12/13, but two floors LOWERED:
 * median posts 13 -> 15, because the median is now over 13 detected events
 * instead of 12 (Haiyan's 15 posts enter it; no event needs more posts than
 * before, Dorian 60 -> 53), and alerts per event 13/12 -> 15/13 (Irma
 * Barbuda, as before, and now Dorian have two right alerts each; Dorian's
 * second is the storm alerted again six hours later).
 * Branch detect3 raises two cv floors: median posts 15 -> 11 (felt quake
 * reports witness their area's quake: Emilia May 20 10 -> 5, May 29 18 -> 15,
 * Costa Rica 10 -> 8; reports naming one storm corroborate within 2 h:
 * Haiyan 15 -> 11) and alerts per event 15/13 -> 14/13 (a storm named once
 * by one post is not the event's name: Dorian 2 -> 1).
 * Branch identity LOWERS two floors (docs/detector-history.md "After branch
 * identity"): posts no longer join an alerted event of another place hours
 * later by one shared word (Boston's alert held 10 West Texas posts, STEM's
 * 4 Parkland posts, Irma Keys' 11 Dorian posts: now 0, 0, 1), and the cost
 * is shown, not hidden: dev-heavy alerts per event 10/10 -> 11/10 (West's
 * posts that went to Boston alert in the unplaced pool, placed at Dallas by
 * news outlets' names, and are not recognised as West) and cv place50
 * 8/13 -> 7/13 (Dorian's first version, 49 s earlier, at the Bahamas, 140 km).
 * Branch places4 raises dev-heavy alerts per event back to 10/10: a name
 * inside an outlet's or responder's name ("Dallas Morning News", "CBS
 * Dallas", "Frisco FD") is an unsure reading, so West's posts join West.
 * The elision split (scanner: "L'explosion" reads explosion) LOWERS the
 * dev-heavy precision floor 10/10 -> 10/11: the model retrained on the new
 * tokens scores an Arabic background taunt about terrorists in Tripoli 0.890
 * (0.869 before), which tips a pair that sat 0.5% under its need into
 * "Attack reported in Tripoli" (docs/detector-history.md, "After the elision
 * fix"). The fix is worth more for unseen French and Italian events than a
 * knife-edge pair; the pair's per-post flaw is noted there.
 * Branch margin raises it back to 10/10: talk about attackers ("how many
 * terrorists did you send", an agent noun with no event word and no report
 * cue) is no witness in the trigger, so the taunt no longer pairs
 * (docs/detector-history.md, "After branch `margin`").
 */
const FLOORS: Record<string, Floors> = {
  'dev-heavy': {
    eventsDetected: 10,
    precision: 10 / 10,
    medianPostsBeforeAlert: 3,
    categoryAccuracy: 10 / 10,
    placeWithin50km: 9 / 10,
    placeWithin161km: 9 / 10,
    alertsPerDetectedEvent: 10 / 10,
  },
  cv: {
    eventsDetected: 13,
    precision: 14 / 14,
    medianPostsBeforeAlert: 11,
    categoryAccuracy: 12 / 13,
    placeWithin50km: 7 / 13,
    placeWithin161km: 10 / 13,
    alertsPerDetectedEvent: 14 / 13,
  },
};

/** Figures below their floor (higher is better except posts and alerts per event). */
function regressions(m: Metrics, f: Floors): string[] {
  const out: string[] = [];
  const low = (name: string, x: number | null, floor: number) => {
    if (x === null || x < floor) out.push(`${name} ${x} < ${floor}`);
  };
  const high = (name: string, x: number | null, ceiling: number) => {
    if (x === null || x > ceiling) out.push(`${name} ${x} > ${ceiling}`);
  };
  low('events detected', m.eventsDetected, f.eventsDetected);
  low('precision', m.precision, f.precision);
  high('median posts before alert', m.medianPostsBeforeAlert, f.medianPostsBeforeAlert);
  low('category', m.categoryAccuracy, f.categoryAccuracy);
  low('place within 50 km', m.placeWithin50km, f.placeWithin50km);
  low('place within 161 km', m.placeWithin161km, f.placeWithin161km);
  high('alerts per detected event', m.alertsPerDetectedEvent, f.alertsPerDetectedEvent);
  return out;
}

const dir = dataDir();
const present =
  existsSync(join(dir, 'train/labeled.jsonl.gz')) &&
  existsSync(join(dir, 'streams/dev-heavy.truth.json')) &&
  existsSync(join(dir, 'streams/cv/cv.truth.json'));

test("dev-heavy and cv (leave-event-out) hold today's figures", {
  skip: present ? false : `no data at ${dir} (set TOCSIN_DATA): quality gate skipped`,
}, async () => {
  const results = await runEval({
    dataDir: dir,
    streams: Object.keys(FLOORS),
    cacheDir: join(REPO_ROOT, '.tocsin/cache'),
    alertsDir: null,
    log: (l) => console.log(`eval: ${l}`),
  });
  console.log(formatEval(results));
  const failures: string[] = [];
  for (const r of results) {
    const f = FLOORS[r.name] as Floors;
    const m = r.metrics;
    console.log(`\n${r.name}: figure / floor (today) / issue-9 target`);
    console.log(`  events detected     ${m.eventsDetected}/${m.events} / ${f.eventsDetected} / all`);
    console.log(`  precision           ${m.precision?.toFixed(3)} / ${f.precision.toFixed(3)} / ${TARGETS.precision}`);
    console.log(
      `  median posts        ${m.medianPostsBeforeAlert} / ${f.medianPostsBeforeAlert} / ${TARGETS.medianPostsBeforeAlert}`,
    );
    console.log(
      `  category            ${m.categoryAccuracy?.toFixed(3)} / ${f.categoryAccuracy.toFixed(3)} / ${TARGETS.categoryAccuracy}`,
    );
    console.log(
      `  place within 50 km  ${m.placeWithin50km?.toFixed(3)} / ${f.placeWithin50km.toFixed(3)} / ${TARGETS.placeWithin50km}`,
    );
    console.log(`  place within 161 km ${m.placeWithin161km?.toFixed(3)} / ${f.placeWithin161km.toFixed(3)} / -`);
    console.log(
      `  alerts per event    ${m.alertsPerDetectedEvent?.toFixed(2)} / ${f.alertsPerDetectedEvent.toFixed(2)} / ${TARGETS.alertsPerDetectedEvent}`,
    );
    failures.push(...regressions(m, f).map((x) => `${r.name}: ${x}`));
    assert.equal(
      Object.values(r.model.leakedRows).reduce((a, b) => a + b, 0),
      0,
      `${r.name}: the model was trained on rows carrying a judged event's post text ${JSON.stringify(r.model.leakedRows)}`,
    );
  }
  assert.deepEqual(failures, [], "a figure fell below today's floor");
});
