/** Plain-text tables of the judge's figures (npm run eval, npm run replay --truth). */
import { type Metrics, missedTargets, TARGETS } from './judge';
import type { PerEventResult, StreamResult } from './run';

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
const num = (x: number | null, d = 0) => (x === null ? 'n/a' : x.toFixed(d));

function table(head: string[], rows: string[][], right: (i: number) => boolean = (i) => i > 0): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (right(i) ? c.padStart(w[i] as number) : c.padEnd(w[i] as number)))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}

export const TARGET_LINE = `targets (issue 9, for dev-heavy and cv): every event, precision >= ${TARGETS.precision}, median posts <= ${TARGETS.medianPostsBeforeAlert}, category >= ${TARGETS.categoryAccuracy * 100}%, place50 >= ${TARGETS.placeWithin50km * 100}%, alerts/event <= ${TARGETS.alertsPerDetectedEvent}`;

export const DEFINITIONS = [
  "detected: a right alert names the event (right: > 50% of its first version's evidence posts belong to the event, triggered at/after onset, or up to 6 h before a storm's labelled landfall)",
  "precision: right distinct alertIds / all, each judged on its first version (latest: judged on each one's latest version instead)",
  "posts: distinct event posts created at or before the first right alert; latency: that alert - the event's first post after onset (s)",
  "category, place: the first right alert's first version; place50/place161: its location within 50 / 161 km of the truth point",
  'alerts/event: right alertIds per detected event',
];

export const LANGUAGE_DEFINITIONS = [
  "lang: the post's `lang` field as the stream gives it (none: absent; cv guessed it from function words)",
  'recall: event posts in that language cited as evidence (any version) by a right alert of their event / event posts in it; evidence is capped at 20 posts per version, so this compares languages, it is not a share of posts understood',
  'events: events with a post in that language whose right alerts cite one / events with a post in it',
  'false evidence: unlabelled (background) posts in that language cited as evidence by any alert, per 10k of them; wrong: wrong alerts whose evidence is mostly in it',
];

export function summaryRow(name: string, m: Metrics): string[] {
  return [
    name,
    `${m.eventsDetected}/${m.events}`,
    `${num(m.precision, 3)} (${m.rightAlertIds}/${m.alertIds})`,
    num(m.precisionLatestVersion, 3),
    num(m.medianPostsBeforeAlert, 1).replace(/\.0$/, ''),
    num(m.medianLatencySeconds),
    pct(m.categoryAccuracy),
    pct(m.placeWithin50km),
    pct(m.placeWithin161km),
    num(m.alertsPerDetectedEvent, 2),
    String(m.alertVersions),
  ];
}

export const SUMMARY_HEAD = [
  'stream',
  'detected',
  'precision',
  'latest',
  'posts',
  'latency s',
  'category',
  'place50',
  'place161',
  'alerts/event',
  'versions',
];

/** Per-event rows, wrong alerts and per-language figures of one stream. */
export function formatStreamDetail(m: Metrics): string[] {
  const out = table(
    [
      'event',
      'category',
      'detected',
      'precision',
      'posts',
      'latency s',
      'alert category',
      'km',
      'place',
      'latest km',
      'alerts',
      'wrong',
    ],
    m.perEvent.map((e) => [
      e.eventId,
      e.category,
      e.detected ? 'yes' : 'MISSED',
      e.precision === null ? '-' : e.precision.toFixed(2),
      e.postsBeforeAlert === null ? '-' : `${e.postsBeforeAlert}/${e.eventPosts}`,
      num(e.latencySeconds).replace('n/a', '-'),
      e.alertCategory === null ? '-' : e.categoryRight ? e.alertCategory : `${e.alertCategory} (WRONG)`,
      e.detected ? (e.placeKm === null ? 'none' : String(e.placeKm)) : '-',
      e.alertPlace ?? '-',
      e.latestPlaceKm === null ? '-' : String(e.latestPlaceKm),
      String(e.alertIds.length),
      String(e.wrongAlertIds.length),
    ]),
    (i) => [3, 4, 5, 7, 9, 10, 11].includes(i),
  );
  if (m.wrongAlerts.length > 0) {
    out.push('', `wrong alerts (${m.wrongAlerts.length}):`);
    for (const w of m.wrongAlerts) {
      out.push(
        `  ${w.triggeredAt}  ${w.reason.padEnd(14)}  ${w.title}  [evidence ${w.evidence}, ${w.bestEvent ? `${Math.round(w.share * 100)}% ${w.bestEvent}` : 'no event post'}, mostly ${w.lang}]`,
      );
    }
  }
  out.push('', 'per category (events of the stream; categories without an event are not measured here):');
  out.push(
    ...table(['category', 'events', 'detected', 'recall', 'category right'], perCategory(m)).map((l) => `  ${l}`),
  );
  out.push('', 'per language:');
  out.push(
    ...table(
      ['lang', 'event posts', 'cited', 'recall', 'events', 'unlabelled posts', 'cited', 'per 10k', 'wrong'],
      m.perLanguage.map((l) => [
        l.lang,
        String(l.eventPosts),
        String(l.eventPostsCited),
        l.eventPostRecall === null ? '-' : pct(l.eventPostRecall),
        l.events ? `${l.eventsCited}/${l.events}` : '-',
        String(l.unlabelledPosts),
        String(l.unlabelledCited),
        l.unlabelledCitedPer10k === null ? '-' : l.unlabelledCitedPer10k.toFixed(1),
        String(l.wrongAlerts),
      ]),
    ).map((l) => `  ${l}`),
  );
  const miss = missedTargets(m);
  out.push('', miss.length === 0 ? 'all issue-9 targets met' : `issue-9 targets missed: ${miss.join('; ')}`);
  return out;
}

/** Recall per event category: events detected / events, and detected events whose first right alert names the category. */
function perCategory(m: Metrics): string[][] {
  const by = new Map<string, { n: number; detected: number; right: number }>();
  for (const e of m.perEvent) {
    const c = by.get(e.category) ?? { n: 0, detected: 0, right: 0 };
    c.n++;
    if (e.detected) c.detected++;
    if (e.detected && e.categoryRight) c.right++;
    by.set(e.category, c);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cat, c]) => [cat, String(c.n), String(c.detected), pct(c.detected / c.n), `${c.right}/${c.detected}`]);
}

/** One stream's figures (npm run replay --truth). */
export function formatMetrics(m: Metrics): string {
  return [...table(SUMMARY_HEAD.slice(1), [summaryRow('', m).slice(1)], () => true), '', ...formatStreamDetail(m)].join(
    '\n',
  );
}

export function formatEval(results: readonly StreamResult[]): string {
  const out: string[] = [];
  const models = new Map<string, { r: StreamResult; streams: string[] }>();
  for (const r of results) {
    const m = models.get(r.model.id);
    if (m) m.streams.push(r.name);
    else models.set(r.model.id, { r, streams: [r.name] });
  }
  out.push("models (leave-event-out: each stream is judged by a model trained without its events' training rows):");
  for (const [id, { r, streams }] of models) {
    const held =
      Object.entries(r.model.heldOutRows)
        .sort()
        .map(([e, n]) => `${e} (${n})`)
        .join(', ') || 'nothing';
    const leaks = Object.values(r.model.leakedRows).reduce((a, b) => a + b, 0);
    out.push(
      `  ${id} judges ${streams.join(', ')}: ${r.model.trainedRows} training rows, held out ${held}; rows used that carry a judged event post's text: ${leaks}${leaks ? ` ${JSON.stringify(r.model.leakedRows)}` : ''}; ${r.model.cached ? 'from cache' : 'trained'} in ${r.model.seconds.toFixed(1)} s`,
    );
  }
  out.push(
    '',
    ...table(
      SUMMARY_HEAD,
      results.map((r) => summaryRow(r.name, r.metrics)),
    ),
    '',
    TARGET_LINE,
    ...DEFINITIONS.map((d) => `  ${d}`),
  );
  for (const r of results) {
    const s = r.seconds;
    out.push(
      '',
      `== ${r.name}: ${r.posts} posts, model ${r.model.id}, read ${s.read.toFixed(1)} s, replay ${s.replay.toFixed(1)} s, judge ${s.judge.toFixed(1)} s${r.alertsFile ? `, alerts ${r.alertsFile}` : ''}`,
    );
    if (Object.keys(r.rejected).length) out.push(`   lines rejected: ${JSON.stringify(r.rejected)}`);
    out.push(...formatStreamDetail(r.metrics));
  }
  out.push('', 'per-language definitions:', ...LANGUAGE_DEFINITIONS.map((d) => `  ${d}`));
  return out.join('\n');
}

/** Per-event leave-event-out (npm run eval -- --per-event). */
export function formatPerEvent(results: readonly PerEventResult[]): string {
  const out: string[] = [
    'per-event leave-event-out: each event scored on a replay whose model held out only its own training rows',
    '',
  ];
  out.push(
    ...table(
      [...SUMMARY_HEAD.slice(0, 2), 'precision*', ...SUMMARY_HEAD.slice(4, 10), 'models', 'time s'],
      results.map((r) => {
        const f = r.figures;
        return [
          r.name,
          `${f.eventsDetected}/${f.events}`,
          num(r.leaningPrecision, 3),
          num(f.medianPostsBeforeAlert, 1).replace(/\.0$/, ''),
          num(f.medianLatencySeconds),
          pct(f.categoryAccuracy),
          pct(f.placeWithin50km),
          pct(f.placeWithin161km),
          num(f.alertsPerDetectedEvent, 2),
          String(r.models.length),
          r.seconds.toFixed(0),
        ];
      }),
    ),
    "  * precision here counts only alerts whose evidence leans to an event (right / right + wrong-leaning), summed over the events' own runs",
  );
  for (const r of results) {
    out.push('', `== ${r.name}`);
    out.push(
      ...table(
        ['event', 'model', 'detected', 'posts', 'latency s', 'alert category', 'km', 'alerts', 'wrong'],
        r.perEvent.map((e) => [
          e.eventId,
          e.model,
          e.detected ? 'yes' : 'MISSED',
          e.postsBeforeAlert === null ? '-' : String(e.postsBeforeAlert),
          num(e.latencySeconds).replace('n/a', '-'),
          e.alertCategory === null ? '-' : e.categoryRight ? e.alertCategory : `${e.alertCategory} (WRONG)`,
          e.detected ? (e.placeKm === null ? 'none' : String(e.placeKm)) : '-',
          String(e.alertIds.length),
          String(e.wrongAlertIds.length),
        ]),
        (i) => [3, 4, 6, 7, 8].includes(i),
      ),
    );
  }
  return out.join('\n');
}
