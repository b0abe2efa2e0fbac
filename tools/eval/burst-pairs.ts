/**
 * The burst kit's two-event mode (`npm run burst -- --pairs`): a real firehose carries two events of one category
 * close together (two quakes in two countries within the hour, two shootings the same afternoon). Per pair of cities
 * (two languages' own, or two cities of one language), both orders, each category and each gap of PAIR_GAPS_MIN: the
 * first event injected 45 minutes into a slice of dev-heavy's background, the second `gap` minutes later, both drawn
 * by the kit's generator (burst-kit.ts generateBurst) and judged together by the kit's judge (one truth file holding
 * both). Each event is also replayed alone, at the same time over the same background, with the very same posts: what
 * the other event costs it is the difference. An alert id whose versions cite posts of both events is a merge (issue
 * 9 #4: distinct events never share an id), whichever of them holds its majority.
 */
import type { Post } from '../../functions/domain/post';
import { BURST_CATEGORIES, type BurstCategory } from '../data/burst-templates';
import type { ParityLang } from '../data/first-reports';
import {
  authorsOf,
  type BurstKitOptions,
  type BurstRun,
  type BurstSite,
  type BurstSpec,
  burstEventId,
  burstRunOf,
  burstTruthEvent,
  cell,
  generateBurst,
  mergeStreams,
  ONSET_AFTER_MS,
  pct,
  replayLines,
  siteOf,
  totalsOf,
} from './burst-kit';
import { evaluate, type Truth } from './judge';
import { streamOrder } from './streams';

/** Minutes between the two events' onsets. */
export const PAIR_GAPS_MIN = Object.freeze([10, 40, 180]);

/** The pair slice: the first onset at +45 min, the last gap, the second event's 75 minutes, and a quarter hour after. */
export const PAIR_SLICE_MS = ONSET_AFTER_MS + (Math.max(...PAIR_GAPS_MIN) + 75 + 15) * 60_000;

/** A second city for a language (two events both written in it): far from its own city, in a country that speaks it. */
export const SECOND_SITES: Partial<Record<ParityLang, BurstSite>> = {
  ja: { city: 'Sapporo', country: 'JP', countryEn: 'Japan', place: { name: '札幌', in: '札幌で' } },
  es: { city: 'Bogotá', country: 'CO', countryEn: 'Colombia', place: { name: 'Bogotá', in: 'en Bogotá' } },
};

/** The default city pairs (each in both orders): two languages' own cities, and two cities of one language. */
export const DEFAULT_PAIRS: readonly (readonly [ParityLang, ParityLang | 'second'])[] = Object.freeze([
  ['ja', 'es'],
  ['de', 'id'],
  ['en', 'tr'],
  ['ja', 'second'],
  ['es', 'second'],
] as const);

export interface PairSpec {
  cat: BurstCategory;
  first: BurstSpec;
  second: BurstSpec;
  gapMin: number;
}

/** The pair specs: per category, city pair, order and gap. */
export function pairSpecs(
  cats: readonly BurstCategory[] = BURST_CATEGORIES,
  pairs: readonly (readonly [ParityLang, ParityLang | 'second'])[] = DEFAULT_PAIRS,
  gaps: readonly number[] = PAIR_GAPS_MIN,
): PairSpec[] {
  const out: PairSpec[] = [];
  for (const cat of cats)
    for (const [a, b] of pairs) {
      const x: BurstSpec = { lang: a, cat };
      const at = b === 'second' ? SECOND_SITES[a] : undefined;
      if (b === 'second' && !at) throw new Error(`burst pairs: no second city for ${a}`);
      const y: BurstSpec = b === 'second' ? { lang: a, cat, at } : { lang: b, cat };
      for (const [first, second] of [
        [x, y],
        [y, x],
      ] as const)
        for (const gapMin of gaps) out.push({ cat, first, second, gapMin });
    }
  return out;
}

/** The two events' posts: the first from `onset`, the second `gapMin` later (each as the kit draws it alone). */
export function generatePair(
  pair: PairSpec,
  seed: number,
  onset: number,
  authors: Parameters<typeof generateBurst>[3],
): { first: Post[]; second: Post[] } {
  return {
    first: generateBurst(pair.first, seed, onset, authors),
    second: generateBurst(pair.second, seed, onset + pair.gapMin * 60_000, authors),
  };
}

/** One event of a pair: its figures beside the other event, and alone. */
export interface PairEvent {
  run: BurstRun;
  alone: BurstRun;
  city: string;
}

export interface PairRun {
  cat: BurstCategory;
  gapMin: number;
  first: PairEvent;
  second: PairEvent;
  /** Alert ids whose versions cite posts of both events. */
  merged: number;
  /** Of those, the largest share of cited event posts that belong to the id's minority event (0 without a merge). */
  mergedShare: number;
  /** Wrong alert ids of the pair's run: on background posts only, or mixing. */
  falseAlerts: number;
  mixed: number;
}

/**
 * The alert ids whose versions, together, cite posts of more than one event: per id, the share of its cited event
 * posts that belong to its minority event (one stray post in twenty, or half of them).
 */
export function mergeShares(alertLines: readonly unknown[], postEvent: Readonly<Record<string, string>>): number[] {
  const cited = new Map<string, Map<string, Set<string>>>();
  for (const l of alertLines) {
    const a = l as { alertId: string; evidence: readonly string[] };
    const byEvent = cited.get(a.alertId) ?? new Map<string, Set<string>>();
    for (const id of a.evidence) {
      const e = postEvent[id];
      if (e) byEvent.set(e, (byEvent.get(e) ?? new Set<string>()).add(id));
    }
    cited.set(a.alertId, byEvent);
  }
  const out: number[] = [];
  for (const byEvent of cited.values()) {
    if (byEvent.size < 2) continue;
    const n = [...byEvent.values()].map((x) => x.size).sort((x, y) => y - x);
    const all = n.reduce((a, b) => a + b, 0);
    out.push((all - (n[0] ?? 0)) / all);
  }
  return out;
}

/** Alert ids whose versions, together, cite posts of more than one event. */
export const mergedIds = (alertLines: readonly unknown[], postEvent: Readonly<Record<string, string>>): number =>
  mergeShares(alertLines, postEvent).length;

/** Judges a pair's run: both events' truth in one file, the run's alert lines, and each event alone. */
export function judgePair(
  pair: PairSpec,
  alertLines: readonly unknown[],
  posts: { first: readonly Post[]; second: readonly Post[] },
  stream: readonly Post[],
  onset: number,
  alone: { first: BurstRun; second: BurstRun },
): PairRun {
  if (burstEventId(pair.first) === burstEventId(pair.second))
    throw new Error(`burst pairs: one event twice (${burstEventId(pair.first)})`);
  const truth: Truth = {
    events: [
      burstTruthEvent(pair.first, posts.first, onset),
      burstTruthEvent(pair.second, posts.second, onset + pair.gapMin * 60_000),
    ],
    postEvent: Object.fromEntries([
      ...posts.first.map((p) => [p.id, burstEventId(pair.first)]),
      ...posts.second.map((p) => [p.id, burstEventId(pair.second)]),
    ]),
  };
  const m = evaluate(alertLines, truth, streamOrder(stream));
  const shares = mergeShares(alertLines, truth.postEvent);
  const first = burstRunOf(pair.first, posts.first, m);
  const second = burstRunOf(pair.second, posts.second, m);
  return {
    cat: pair.cat,
    gapMin: pair.gapMin,
    first: { run: first, alone: alone.first, city: siteOf(pair.first).city },
    second: { run: second, alone: alone.second, city: siteOf(pair.second).city },
    merged: shares.length,
    mergedShare: Math.max(0, ...shares),
    falseAlerts: first.falseAlerts,
    mixed: first.mixed,
  };
}

export interface BurstPairsOptions extends Omit<BurstKitOptions, 'langs' | 'cats'> {
  pairs?: readonly PairSpec[];
}

export interface BurstPairsResult {
  seed: number;
  start: number;
  backgroundPosts: number;
  runs: PairRun[];
}

export async function runBurstPairs(o: BurstPairsOptions): Promise<BurstPairsResult> {
  const onset = o.start + ONSET_AFTER_MS;
  const authors = authorsOf(o.background);
  // Each event alone, once per (event, onset): the same posts over the same background.
  const alone = new Map<string, BurstRun>();
  const aloneRun = async (spec: BurstSpec, posts: readonly Post[], at: number): Promise<BurstRun> => {
    const key = `${burstEventId(spec)}@${at}`;
    const had = alone.get(key);
    if (had) return had;
    const stream = mergeStreams(o.background, posts);
    const truth: Truth = {
      events: [burstTruthEvent(spec, posts, at)],
      postEvent: Object.fromEntries(posts.map((p) => [p.id, burstEventId(spec)])),
    };
    const run = burstRunOf(spec, posts, evaluate(await replayLines(stream, o), truth, streamOrder(stream)));
    alone.set(key, run);
    return run;
  };
  const runs: PairRun[] = [];
  for (const pair of o.pairs ?? pairSpecs()) {
    const posts = generatePair(pair, o.seed, onset, authors);
    const second = onset + pair.gapMin * 60_000;
    const both = [...posts.first, ...posts.second].sort(
      (x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    const stream = mergeStreams(o.background, both);
    const lines = await replayLines(stream, o);
    runs.push(
      judgePair(pair, lines, posts, stream, onset, {
        first: await aloneRun(pair.first, posts.first, onset),
        second: await aloneRun(pair.second, posts.second, second),
      }),
    );
  }
  return { seed: o.seed, start: o.start, backgroundPosts: o.background.length, runs };
}

export interface PairTotals {
  events: number;
  detected: number;
  /** The same events alone. */
  detectedAlone: number;
  medianPosts: number | null;
  medianPostsAlone: number | null;
  medianLatency: number | null;
  medianLatencyAlone: number | null;
  /** Detected events that needed more posts than alone (or were missed though detected alone). */
  slower: number;
  place50: number;
  place50Alone: number;
  alerts: number;
  alertsAlone: number;
  merged: number;
  /** The largest minority share of a merged id. */
  mergedShare: number;
  falseAlerts: number;
  mixed: number;
}

export function pairTotals(runs: readonly PairRun[], which: 'first' | 'second' | 'both' = 'both'): PairTotals {
  const evs = runs.flatMap((r) => (which === 'both' ? [r.first, r.second] : [r[which]]));
  const t = totalsOf(evs.map((e) => e.run));
  const a = totalsOf(evs.map((e) => e.alone));
  const slower = evs.filter(
    (e) => e.alone.detected && (!e.run.detected || (e.run.postsBefore ?? 0) > (e.alone.postsBefore ?? 0)),
  ).length;
  return {
    events: evs.length,
    detected: t.detected,
    detectedAlone: a.detected,
    medianPosts: t.medianPosts,
    medianPostsAlone: a.medianPosts,
    medianLatency: t.medianLatency,
    medianLatencyAlone: a.medianLatency,
    slower,
    place50: t.place50,
    place50Alone: a.place50,
    alerts: t.alerts,
    alertsAlone: a.alerts,
    merged: runs.reduce((n, r) => n + r.merged, 0),
    mergedShare: Math.max(0, ...runs.map((r) => r.mergedShare)),
    falseAlerts: runs.reduce((n, r) => n + r.falseAlerts, 0),
    mixed: runs.reduce((n, r) => n + r.mixed, 0),
  };
}

/** Merged ids, and the largest share of one's cited event posts that belong to its minority event. */
const mergedCell = (n: number, share: number): string => (n === 0 ? '0' : `${n} (≤${Math.round(100 * share)}%)`);

const eventCell = (e: PairEvent): string => `${e.city}: ${cell(e.run)} (alone ${cell(e.alone)})`;

function totalsRow(label: string, t: PairTotals): string {
  const perEvent = (n: number, d: number): string => (d ? (n / d).toFixed(2) : '-');
  return `| ${label} | ${t.detected}/${t.events} (${t.detectedAlone}) | ${t.medianPosts ?? '-'} (${t.medianPostsAlone ?? '-'}) | ${t.medianLatency ?? '-'} (${t.medianLatencyAlone ?? '-'}) | ${t.slower} | ${pct(t.place50, t.detected)} (${pct(t.place50Alone, t.detectedAlone)}) | ${perEvent(t.alerts, t.detected)} (${perEvent(t.alertsAlone, t.detectedAlone)}) | ${mergedCell(t.merged, t.mergedShare)} | ${t.falseAlerts} | ${t.mixed} |`;
}

/** One row per pair run (each event: in the pair, and alone), then the totals (alone in brackets). */
export function formatBurstPairs(k: BurstPairsResult): string {
  const lines = [
    `burst pairs, seed ${k.seed}: background ${new Date(k.start).toISOString()} + ${PAIR_SLICE_MS / 3600_000} h (${k.backgroundPosts} posts), first event at +45 min`,
    '',
    '| cat | gap min | first event (alone) | second event (alone) | merged (minority share) | false |',
    `|${' --- |'.repeat(6)}`,
  ];
  for (const r of k.runs)
    lines.push(
      `| ${r.cat} | ${r.gapMin} | ${eventCell(r.first)} | ${eventCell(r.second)} | ${mergedCell(r.merged, r.mergedShare)} | ${r.falseAlerts + r.mixed} |`,
    );
  lines.push(
    '',
    '| events (alone) | detected | posts (median) | latency s (median) | slower | place50 | alerts/event | merged ids (minority share) | false | mixed |',
    `|${' --- |'.repeat(10)}`,
  );
  const cats = BURST_CATEGORIES.filter((c) => k.runs.some((r) => r.cat === c));
  for (const c of cats) lines.push(totalsRow(c, pairTotals(k.runs.filter((r) => r.cat === c))));
  lines.push(totalsRow('first events', pairTotals(k.runs, 'first')));
  lines.push(totalsRow('second events', pairTotals(k.runs, 'second')));
  lines.push(totalsRow('all', pairTotals(k.runs)));
  return lines.join('\n');
}
