/**
 * The independent judge: scores a detector's alert output against a truth
 * file. It reads only the replay's output format (one alert version per
 * line, tools/eval/judge.ts `JudgedAlertSchema`) and the stream's post ids,
 * times and `lang` fields; nothing of the detector's internals.
 *
 * Rules (data README; docs/detector.md "Evaluation"):
 * - Every distinct alertId is judged once, on its FIRST version: it is right
 *   when more than half of its evidence posts belong to one event and it was
 *   triggered at or after that event's onsetAt, or, for a storm whose
 *   approach is labelled (`preOnsetLabelled`), at most 6 h before it.
 * - An event is detected when a right alert names it. Its figures come from
 *   its first right alert (earliest triggeredAt), first version: category,
 *   place (distance of that same version's location to the truth point),
 *   posts before alert (distinct event posts created at or before
 *   triggeredAt), latency (triggeredAt - the event's firstPostAt, so negative
 *   for a storm alerted before landfall).
 * - Alerts per detected event: right alertIds naming it.
 */
import { z } from 'zod';
import { haversineKm } from '../../functions/domain/geo';
import { IsoTime } from '../../functions/domain/post';

/** A storm alert this long before landfall is a right forecast, not an early one (data README). */
export const PRE_ONSET_ALLOWANCE_MS = 6 * 3600_000;
export const PLACE_NEAR_KM = 50;
/** 100 miles. */
export const PLACE_REGION_KM = 161;

export const TruthEventSchema = z.object({
  eventId: z.string().min(1),
  category: z.string(),
  place: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  onsetAt: IsoTime,
  firstPostAt: IsoTime,
  posts: z.number().int().nonnegative(),
  /** The storm's approach (the hour before onset) is labelled: an alert up to 6 h early is right. */
  preOnsetLabelled: z.boolean().optional(),
  /** The `event` of this event's rows in train/labeled.jsonl.gz (cv). */
  trainEvent: z.string().optional(),
});
export type TruthEvent = z.infer<typeof TruthEventSchema>;

export const TruthSchema = z
  .object({ events: z.array(TruthEventSchema).min(1), postEvent: z.record(z.string(), z.string()) })
  .superRefine((t, ctx) => {
    const ids = new Set(t.events.map((e) => e.eventId));
    if (ids.size !== t.events.length) ctx.addIssue({ code: 'custom', message: 'duplicate eventId', path: ['events'] });
    for (const [post, e] of Object.entries(t.postEvent)) {
      if (!ids.has(e)) {
        ctx.addIssue({ code: 'custom', message: `post ${post} names unknown event ${e}`, path: ['postEvent', post] });
        return;
      }
    }
  });
export type Truth = z.infer<typeof TruthSchema>;

/** The part of a replay output line the judge reads; other fields are ignored. */
export const JudgedAlertSchema = z.object({
  alertId: z.string().min(1),
  version: z.number().int().positive(),
  category: z.string(),
  title: z.string(),
  triggeredAt: IsoTime,
  evidence: z.array(z.string()).min(1),
  location: z.object({ name: z.string(), lat: z.number(), lon: z.number() }).nullable().optional(),
});
export type JudgedAlert = z.infer<typeof JudgedAlertSchema>;

/** A post of the replayed stream, in stream order. */
export interface StreamPost {
  id: string;
  /** createdAt, ms. */
  t: number;
  lang?: string | undefined;
}

export type WrongReason = 'early' | 'mixed evidence' | 'no event posts';

export interface WrongAlert {
  alertId: string;
  title: string;
  category: string;
  place: string | null;
  triggeredAt: string;
  evidence: number;
  /** The event most of its labelled evidence belongs to, if any. */
  bestEvent: string | null;
  share: number;
  reason: WrongReason;
  /** Plurality `lang` of its evidence ('none' when absent). */
  lang: string;
}

export interface EventResult {
  eventId: string;
  category: string;
  /** Distinct event posts in the stream. */
  eventPosts: number;
  detected: boolean;
  /** Right alertIds naming this event, earliest first. */
  alertIds: string[];
  /** Alerts whose evidence leans to this event but that were judged wrong (early, or mixed). */
  wrongAlertIds: string[];
  /** right / (right + wrong leaning to it); null when no alert leans to it. */
  precision: number | null;
  postsBeforeAlert: number | null;
  latencySeconds: number | null;
  categoryRight: boolean | null;
  alertCategory: string | null;
  alertPlace: string | null;
  placeKm: number | null;
  /** The same alert's latest version: where it ended up. */
  latestPlace: string | null;
  latestPlaceKm: number | null;
  alertTitle: string | null;
}

export interface LanguageResult {
  lang: string;
  eventPosts: number;
  /** Event posts cited as evidence (any version) by a right alert of their own event. */
  eventPostsCited: number;
  /** eventPostsCited / eventPosts. */
  eventPostRecall: number | null;
  /** Events with at least one post in this language. */
  events: number;
  /** ... of which a right alert cites at least one post in this language. */
  eventsCited: number;
  unlabelledPosts: number;
  /** Unlabelled posts cited as evidence by any alert version. */
  unlabelledCited: number;
  unlabelledCitedPer10k: number | null;
  /** Wrong alerts whose evidence is mostly in this language. */
  wrongAlerts: number;
}

export interface Metrics {
  precisionBasis: string;
  alertIds: number;
  alertVersions: number;
  rightAlertIds: number;
  /** null when there is no alert at all. */
  precision: number | null;
  /** Precision judged on each alertId's latest version instead. */
  precisionLatestVersion: number | null;
  eventsDetected: number;
  events: number;
  medianPostsBeforeAlert: number | null;
  medianLatencySeconds: number | null;
  alertsPerDetectedEvent: number | null;
  categoryAccuracy: number | null;
  placeWithin50km: number | null;
  placeWithin161km: number | null;
  perEvent: EventResult[];
  perLanguage: LanguageResult[];
  wrongAlerts: WrongAlert[];
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

interface Verdict {
  event: string | null;
  share: number;
  right: boolean;
  reason: WrongReason | null;
}

function verdict(a: JudgedAlert, truth: Truth, byId: Map<string, TruthEvent>): Verdict {
  const counts = new Map<string, number>();
  for (const id of new Set(a.evidence)) {
    const e = truth.postEvent[id];
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  let best: string | null = null;
  let bn = 0;
  for (const [e, n] of counts) if (n > bn || (n === bn && best !== null && e < best)) [best, bn] = [e, n];
  const share = bn / new Set(a.evidence).size;
  const ev = best ? byId.get(best) : undefined;
  if (!ev) return { event: null, share: 0, right: false, reason: 'no event posts' };
  if (share <= 0.5) return { event: best, share, right: false, reason: 'mixed evidence' };
  const earliest = Date.parse(ev.onsetAt) - (ev.preOnsetLabelled ? PRE_ONSET_ALLOWANCE_MS : 0);
  if (Date.parse(a.triggeredAt) < earliest) return { event: best, share, right: false, reason: 'early' };
  return { event: best, share, right: true, reason: null };
}

function plurality(xs: readonly string[]): string {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  let best = 'none';
  let bn = 0;
  for (const [k, n] of [...c].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bn) [best, bn] = [k, n];
  return best;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

const langOf = (p: StreamPost | undefined): string => p?.lang ?? 'none';
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/**
 * @param alertLines every alert version in emission order, as the replay writes them (validated here)
 * @param stream the replayed posts in stream order (a redelivered post may appear twice)
 */
export function evaluate(alertLines: readonly unknown[], truthIn: Truth, stream: readonly StreamPost[]): Metrics {
  const truth = TruthSchema.parse(truthIn);
  const alerts = alertLines.map((l, i) => {
    const r = JudgedAlertSchema.safeParse(l);
    if (!r.success)
      throw new Error(`alert line ${i + 1}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
    return r.data;
  });
  const byId = new Map(truth.events.map((e) => [e.eventId, e]));
  const postById = new Map<string, StreamPost>();
  for (const p of stream) if (!postById.has(p.id)) postById.set(p.id, p);

  const versions = new Map<string, JudgedAlert[]>();
  for (const a of alerts) pushTo(versions, a.alertId, a);
  for (const vs of versions.values()) vs.sort((x, y) => x.version - y.version);
  const first = (id: string) => (versions.get(id) as JudgedAlert[])[0] as JudgedAlert;
  const latest = (id: string) => (versions.get(id) as JudgedAlert[]).at(-1) as JudgedAlert;

  // Distinct event posts with their times (a redelivered post is one post).
  const eventPostTimes = new Map<string, number[]>();
  for (const p of postById.values()) {
    const e = truth.postEvent[p.id];
    if (e) pushTo(eventPostTimes, e, p.t);
  }

  const rightFor = new Map<string, string[]>();
  const wrongFor = new Map<string, string[]>();
  const wrongAlerts: WrongAlert[] = [];
  const cited = new Set<string>();
  const citedByRightOwnEvent = new Set<string>();
  for (const id of versions.keys()) {
    const a = first(id);
    const v = verdict(a, truth, byId);
    for (const version of versions.get(id) as JudgedAlert[]) {
      for (const p of version.evidence) {
        cited.add(p);
        if (v.right && truth.postEvent[p] === v.event) citedByRightOwnEvent.add(p);
      }
    }
    if (v.right && v.event) {
      pushTo(rightFor, v.event, id);
      continue;
    }
    if (v.event) pushTo(wrongFor, v.event, id);
    wrongAlerts.push({
      alertId: id,
      title: a.title,
      category: a.category,
      place: a.location?.name ?? null,
      triggeredAt: a.triggeredAt,
      evidence: a.evidence.length,
      bestEvent: v.event,
      share: Math.round(v.share * 100) / 100,
      reason: v.reason as WrongReason,
      lang: plurality(a.evidence.map((p) => langOf(postById.get(p)))),
    });
  }
  let rightLatest = 0;
  for (const id of versions.keys()) if (verdict(latest(id), truth, byId).right) rightLatest++;

  const km = (a: JudgedAlert, e: TruthEvent) => (a.location ? Math.round(haversineKm(a.location, e)) : null);
  const perEvent: EventResult[] = truth.events.map((e) => {
    const ids = (rightFor.get(e.eventId) ?? []).sort(
      (x, y) => Date.parse(first(x).triggeredAt) - Date.parse(first(y).triggeredAt) || (x < y ? -1 : 1),
    );
    const wrongIds = wrongFor.get(e.eventId) ?? [];
    const times = eventPostTimes.get(e.eventId) ?? [];
    const base = {
      eventId: e.eventId,
      category: e.category,
      eventPosts: times.length,
      alertIds: ids,
      wrongAlertIds: wrongIds,
      precision: ratio(ids.length, ids.length + wrongIds.length),
    };
    const firstId = ids[0];
    if (firstId === undefined) {
      return {
        ...base,
        detected: false,
        postsBeforeAlert: null,
        latencySeconds: null,
        categoryRight: null,
        alertCategory: null,
        alertPlace: null,
        placeKm: null,
        latestPlace: null,
        latestPlaceKm: null,
        alertTitle: null,
      };
    }
    const a = first(firstId);
    const last = latest(firstId);
    const tt = Date.parse(a.triggeredAt);
    return {
      ...base,
      detected: true,
      postsBeforeAlert: times.filter((t) => t <= tt).length,
      latencySeconds: Math.round((tt - Date.parse(e.firstPostAt)) / 1000),
      categoryRight: a.category === e.category,
      alertCategory: a.category,
      alertPlace: a.location?.name ?? null,
      placeKm: km(a, e),
      latestPlace: last.location?.name ?? null,
      latestPlaceKm: km(last, e),
      alertTitle: a.title,
    };
  });

  const perLanguage = languageFigures(truth, postById, cited, citedByRightOwnEvent, wrongAlerts);
  return {
    precisionBasis: 'distinct alertIds, each judged on its first version',
    alertIds: versions.size,
    alertVersions: alerts.length,
    rightAlertIds: versions.size - wrongAlerts.length,
    precision: ratio(versions.size - wrongAlerts.length, versions.size),
    precisionLatestVersion: ratio(rightLatest, versions.size),
    ...eventFigures(perEvent),
    perEvent,
    perLanguage,
    wrongAlerts,
  };
}

export type EventFigures = Pick<
  Metrics,
  | 'eventsDetected'
  | 'events'
  | 'medianPostsBeforeAlert'
  | 'medianLatencySeconds'
  | 'alertsPerDetectedEvent'
  | 'categoryAccuracy'
  | 'placeWithin50km'
  | 'placeWithin161km'
>;

/** The stream figures that come from the per-event rows. */
export function eventFigures(perEvent: readonly EventResult[]): EventFigures {
  const det = perEvent.filter((e) => e.detected);
  const share = (f: (e: EventResult) => boolean) => ratio(det.filter(f).length, det.length);
  return {
    eventsDetected: det.length,
    events: perEvent.length,
    medianPostsBeforeAlert: median(det.map((e) => e.postsBeforeAlert as number)),
    medianLatencySeconds: median(det.map((e) => e.latencySeconds as number)),
    alertsPerDetectedEvent: ratio(
      det.reduce((s, e) => s + e.alertIds.length, 0),
      det.length,
    ),
    categoryAccuracy: share((e) => e.categoryRight === true),
    placeWithin50km: share((e) => e.placeKm !== null && e.placeKm <= PLACE_NEAR_KM),
    placeWithin161km: share((e) => e.placeKm !== null && e.placeKm <= PLACE_REGION_KM),
  };
}

/**
 * Per language (the post's `lang` field as the stream gives it, 'none' when
 * absent). The events' posts are mostly English and the background is
 * multilingual, so a language gets two independent figures: how much of its
 * event posts right alerts cite (recall side; evidence is capped at 20 posts
 * per version, so this is a lower bound, comparable between languages, not a
 * share of posts "understood"), and how often its unlabelled posts end up as
 * evidence of any alert (false-evidence side).
 */
function languageFigures(
  truth: Truth,
  postById: Map<string, StreamPost>,
  cited: Set<string>,
  citedRight: Set<string>,
  wrong: readonly WrongAlert[],
): LanguageResult[] {
  const rows = new Map<
    string,
    { ep: number; epc: number; ev: Set<string>; evc: Set<string>; up: number; upc: number; wrong: number }
  >();
  const row = (l: string) => {
    let r = rows.get(l);
    if (!r) {
      r = { ep: 0, epc: 0, ev: new Set(), evc: new Set(), up: 0, upc: 0, wrong: 0 };
      rows.set(l, r);
    }
    return r;
  };
  for (const p of postById.values()) {
    const r = row(langOf(p));
    const e = truth.postEvent[p.id];
    if (e) {
      r.ep++;
      r.ev.add(e);
      if (citedRight.has(p.id)) {
        r.epc++;
        r.evc.add(e);
      }
    } else {
      r.up++;
      if (cited.has(p.id)) r.upc++;
    }
  }
  for (const w of wrong) row(w.lang).wrong++;
  return [...rows]
    .map(([lang, r]) => ({
      lang,
      eventPosts: r.ep,
      eventPostsCited: r.epc,
      eventPostRecall: ratio(r.epc, r.ep),
      events: r.ev.size,
      eventsCited: r.evc.size,
      unlabelledPosts: r.up,
      unlabelledCited: r.upc,
      unlabelledCitedPer10k: r.up > 0 ? (10_000 * r.upc) / r.up : null,
      wrongAlerts: r.wrong,
    }))
    .sort((a, b) => b.eventPosts - a.eventPosts || b.unlabelledPosts - a.unlabelledPosts || (a.lang < b.lang ? -1 : 1));
}

/** Issue 9's targets for the heavy-background and leave-event-out streams (printed beside the figures). */
export const TARGETS = {
  eventsDetectedShare: 1,
  precision: 0.95,
  medianPostsBeforeAlert: 3,
  categoryAccuracy: 0.95,
  placeWithin50km: 0.85,
  alertsPerDetectedEvent: 1.2,
} as const;

/** The targets a result misses (empty when all are met). */
export function missedTargets(m: Metrics): string[] {
  const miss: string[] = [];
  const below = (x: number | null, t: number) => x === null || x < t;
  const above = (x: number | null, t: number) => x === null || x > t;
  if (m.eventsDetected < m.events * TARGETS.eventsDetectedShare)
    miss.push(`events detected ${m.eventsDetected}/${m.events}`);
  if (below(m.precision, TARGETS.precision)) miss.push(`precision ${m.precision?.toFixed(3)} < ${TARGETS.precision}`);
  if (above(m.medianPostsBeforeAlert, TARGETS.medianPostsBeforeAlert))
    miss.push(`median posts before alert ${m.medianPostsBeforeAlert} > ${TARGETS.medianPostsBeforeAlert}`);
  if (below(m.categoryAccuracy, TARGETS.categoryAccuracy))
    miss.push(`category ${m.categoryAccuracy?.toFixed(2)} < ${TARGETS.categoryAccuracy}`);
  if (below(m.placeWithin50km, TARGETS.placeWithin50km))
    miss.push(`place within 50 km ${m.placeWithin50km?.toFixed(2)} < ${TARGETS.placeWithin50km}`);
  if (above(m.alertsPerDetectedEvent, TARGETS.alertsPerDetectedEvent))
    miss.push(`alerts per event ${m.alertsPerDetectedEvent?.toFixed(2)} > ${TARGETS.alertsPerDetectedEvent}`);
  return miss;
}
