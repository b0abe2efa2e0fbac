/**
 * Alert quality metrics against a truth file (pure). Definitions (data
 * README + issue): an alert (judged on the FIRST version of each distinct
 * alertId) is right when > 50% of its evidence posts belong to one event and
 * it fired after that event's onsetAt. An event is detected when a right
 * alert names it. Latency in posts = event posts seen (stream order) up to
 * and including the alert's triggeredAt; time latency = triggeredAt -
 * firstPostAt. Category/place are judged on the first right alert's first
 * version (place: within 50 km of the truth coordinates).
 */
import type { Alert } from '../alert';
import { haversineKm } from '../geo';

export interface TruthEvent {
  eventId: string;
  category: string;
  place: string;
  lat: number;
  lon: number;
  onsetAt: string;
  firstPostAt: string;
  posts: number;
}

export interface Truth {
  events: TruthEvent[];
  postEvent: Record<string, string>;
}

export interface EventResult {
  eventId: string;
  detected: boolean;
  alertIds: string[];
  postsBeforeAlert: number | null;
  latencySeconds: number | null;
  categoryRight: boolean | null;
  placeKm: number | null;
  alertCategory: string | null;
  alertPlace: string | null;
}

export interface Metrics {
  precisionBasis: string;
  alertIds: number;
  alertVersions: number;
  rightAlertIds: number;
  precision: number;
  /** Precision judged on each alertId's latest version instead. */
  precisionLatestVersion: number;
  eventsDetected: number;
  events: number;
  medianPostsBeforeAlert: number | null;
  medianLatencySeconds: number | null;
  alertsPerDetectedEvent: number | null;
  categoryAccuracy: number | null;
  placeWithin50km: number | null;
  perEvent: EventResult[];
  wrongAlerts: { alertId: string; title: string; triggeredAt: string; evidence: number; bestEvent: string | null; share: number }[];
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function judge(a: Alert, truth: Truth, byId: Map<string, TruthEvent>): { event: string | null; share: number; right: boolean } {
  const counts = new Map<string, number>();
  for (const id of a.evidence) {
    const e = truth.postEvent[id];
    if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  let best: string | null = null;
  let bn = 0;
  for (const [e, n] of counts) if (n > bn || (n === bn && best !== null && e < best)) [best, bn] = [e, n];
  const share = a.evidence.length > 0 ? bn / a.evidence.length : 0;
  const ev = best ? byId.get(best) : undefined;
  const right = !!ev && share > 0.5 && Date.parse(a.triggeredAt) >= Date.parse(ev.onsetAt);
  return { event: best, share, right };
}

/**
 * @param alerts all alert versions in emission order
 * @param streamOrder post ids and createdAt (ms) in stream order (for latency in posts)
 */
export function evaluate(alerts: readonly Alert[], truth: Truth, streamOrder: readonly { id: string; t: number }[]): Metrics {
  const byId = new Map(truth.events.map((e) => [e.eventId, e]));
  const firstVersion = new Map<string, Alert>();
  const latestVersion = new Map<string, Alert>();
  for (const a of alerts) {
    const f = firstVersion.get(a.alertId);
    if (!f || a.version < f.version) firstVersion.set(a.alertId, a);
    const l = latestVersion.get(a.alertId);
    if (!l || a.version > l.version) latestVersion.set(a.alertId, a);
  }
  // Event posts in stream order, with times.
  const eventPostTimes = new Map<string, number[]>();
  for (const p of streamOrder) {
    const e = truth.postEvent[p.id];
    if (!e) continue;
    const l = eventPostTimes.get(e);
    if (l) l.push(p.t);
    else eventPostTimes.set(e, [p.t]);
  }
  let right = 0;
  const rightFor = new Map<string, Alert[]>();
  const wrongAlerts: Metrics['wrongAlerts'] = [];
  for (const a of firstVersion.values()) {
    const j = judge(a, truth, byId);
    if (j.right && j.event) {
      right++;
      const l = rightFor.get(j.event);
      if (l) l.push(a);
      else rightFor.set(j.event, [a]);
    } else wrongAlerts.push({ alertId: a.alertId, title: a.title, triggeredAt: a.triggeredAt, evidence: a.evidence.length, bestEvent: j.event, share: Math.round(j.share * 100) / 100 });
  }
  let rightLatest = 0;
  for (const a of latestVersion.values()) if (judge(a, truth, byId).right) rightLatest++;
  const perEvent: EventResult[] = truth.events.map((e) => {
    const list = (rightFor.get(e.eventId) ?? []).sort((x, y) => Date.parse(x.triggeredAt) - Date.parse(y.triggeredAt));
    const first = list[0];
    if (!first) return { eventId: e.eventId, detected: false, alertIds: [], postsBeforeAlert: null, latencySeconds: null, categoryRight: null, placeKm: null, alertCategory: null, alertPlace: null };
    const tt = Date.parse(first.triggeredAt);
    const times = eventPostTimes.get(e.eventId) ?? [];
    const seen = times.filter((t) => t <= tt).length;
    const km = first.location ? haversineKm(first.location, e) : null;
    return {
      eventId: e.eventId,
      detected: true,
      alertIds: list.map((a) => a.alertId),
      postsBeforeAlert: seen,
      latencySeconds: Math.round((tt - Date.parse(e.firstPostAt)) / 1000),
      categoryRight: first.category === e.category,
      placeKm: km === null ? null : Math.round(km),
      alertCategory: first.category,
      alertPlace: first.location?.name ?? null,
    };
  });
  const det = perEvent.filter((e) => e.detected);
  return {
    precisionBasis: 'distinct alertIds, each judged on its first version',
    alertIds: firstVersion.size,
    alertVersions: alerts.length,
    rightAlertIds: right,
    precision: firstVersion.size ? right / firstVersion.size : 0,
    precisionLatestVersion: latestVersion.size ? rightLatest / latestVersion.size : 0,
    eventsDetected: det.length,
    events: truth.events.length,
    medianPostsBeforeAlert: median(det.map((e) => e.postsBeforeAlert as number)),
    medianLatencySeconds: median(det.map((e) => e.latencySeconds as number)),
    alertsPerDetectedEvent: det.length ? det.reduce((s, e) => s + e.alertIds.length, 0) / det.length : null,
    categoryAccuracy: det.length ? det.filter((e) => e.categoryRight).length / det.length : null,
    placeWithin50km: det.length ? det.filter((e) => e.placeKm !== null && e.placeKm <= 50).length / det.length : null,
    perEvent,
    wrongAlerts,
  };
}

export const TARGETS = {
  eventsDetectedShare: 1,
  precision: 0.9,
  medianPostsBeforeAlert: 3,
  alertsPerDetectedEvent: 1.5,
  categoryAccuracy: 0.9,
  placeWithin50km: 0.8,
};

/** Returns the list of missed targets (empty when all are met). */
export function missedTargets(m: Metrics): string[] {
  const miss: string[] = [];
  if (m.eventsDetected < m.events * TARGETS.eventsDetectedShare) miss.push(`events detected ${m.eventsDetected}/${m.events}`);
  if (m.precision < TARGETS.precision) miss.push(`precision ${m.precision.toFixed(3)} < ${TARGETS.precision}`);
  if (m.medianPostsBeforeAlert === null || m.medianPostsBeforeAlert > TARGETS.medianPostsBeforeAlert) miss.push(`median posts before alert ${m.medianPostsBeforeAlert} > ${TARGETS.medianPostsBeforeAlert}`);
  if (m.alertsPerDetectedEvent === null || m.alertsPerDetectedEvent > TARGETS.alertsPerDetectedEvent) miss.push(`alerts per event ${m.alertsPerDetectedEvent} > ${TARGETS.alertsPerDetectedEvent}`);
  if (m.categoryAccuracy === null || m.categoryAccuracy < TARGETS.categoryAccuracy) miss.push(`category accuracy ${m.categoryAccuracy} < ${TARGETS.categoryAccuracy}`);
  if (m.placeWithin50km === null || m.placeWithin50km < TARGETS.placeWithin50km) miss.push(`place within 50 km ${m.placeWithin50km} < ${TARGETS.placeWithin50km}`);
  return miss;
}
