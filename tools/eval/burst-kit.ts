/**
 * The burst kit (`npm run burst`): how many posts does the engine need when a
 * sudden event (an earthquake, an explosion, an attack) makes many
 * independent people post at once, in each of the 23 parity languages, under
 * a real background? The labelled streams cannot say: their event posts are a
 * sparse sample of what the firehose held.
 *
 * Per language and category, one run: a slice of dev-heavy's background (its
 * posts that belong to no labelled event, read at run time from the data,
 * never committed), and one event injected into it 45 minutes in: posts arriving as a Poisson burst (BURST_SHAPE: 40 expected in the
 * first 5 minutes, then tapering), each by a distinct synthetic author whose
 * followers are drawn from the background's, with texts from the hand-written
 * templates (tools/data/burst-templates.ts): mostly no place named, some the
 * city or a district, some retweets of one text, a few English posts as
 * international chatter, a few carrying the author's geo. The replay is the
 * eval's (in process, batches of 100) with the committed model, and the
 * independent judge (judge.ts) scores the run's output lines.
 */
import type { Alert } from '../../functions/domain/alert';
import { hashStr } from '../../functions/domain/detector/hash';
import type { Model } from '../../functions/domain/detector/model';
import { replayPosts } from '../../functions/domain/detector/replay';
import { placeByName } from '../../functions/domain/places';
import type { Post } from '../../functions/domain/post';
import {
  BURST_CATEGORIES,
  BURST_LANGS,
  type BurstCategory,
  type BurstLang,
  ENGLISH_CHATTER,
} from '../data/burst-templates';
import { PARITY_LANGS, type ParityLang } from '../data/first-reports';
import { mulberry32 } from '../data/random';
import { type EventResult, evaluate, type Metrics, median, PLACE_NEAR_KM, type Truth, type TruthEvent } from './judge';
import { streamOrder } from './streams';

/** How the event's posts arrive (minutes): `peakPerMin` for `peakMin`, then the rate decays with `tauMin`, until `lastMin`. */
export const BURST_SHAPE = Object.freeze({ peakPerMin: 8, peakMin: 5, tauMin: 15, lastMin: 75 });

/** How the event's posts are written: shares of retweets of one text, English chatter, place-naming posts, an interjection before the text, geo. */
export const BURST_MIX = Object.freeze({
  retweet: 0.08,
  english: 0.06,
  city: 0.2,
  district: 0.08,
  interjection: 0.5,
  geo: 0.05,
});

/** The background slice: this long, the event this long after its start. */
export const SLICE_MS = 2 * 3600_000;
export const ONSET_AFTER_MS = 45 * 60_000;
/** dev-heavy's second day, between two of its labelled events' onsets (the slice holds none of their posts anyway). */
export const DEFAULT_SLICE_START = '2026-03-02T11:00:00.000Z';

/** An author as the background has them: followers and verification drawn together. */
export interface AuthorTraits {
  followers: number;
  verified: boolean;
}

/** Where an event happens and how its posts name it: a language's own city (BURST_LANGS) or another one. */
export type BurstSite = Pick<BurstLang, 'city' | 'country' | 'countryEn' | 'place' | 'district'>;

export interface BurstSpec {
  lang: ParityLang;
  cat: BurstCategory;
  /** Another city than the language's own (two events in one language: tools/eval/burst-pairs.ts). */
  at?: BurstSite | undefined;
}

/** The event's city and names: its own site, else its language's. */
export const siteOf = (spec: BurstSpec): BurstSite => spec.at ?? BURST_LANGS[spec.lang];

/** What tells the event's posts, authors and truth apart from another event's: its language and category, and its city when not the language's own. */
function eventTag(spec: BurstSpec): string {
  return spec.at ? `${spec.lang}-${spec.at.city.replace(/\W+/g, '')}-${spec.cat}` : `${spec.lang}-${spec.cat}`;
}

export const burstEventId = (spec: BurstSpec): string => `burst-${eventTag(spec)}`;

function cityOf(spec: BurstSpec): { lat: number; lon: number } {
  const site = siteOf(spec);
  const city = placeByName(site.city, site.country);
  if (!city) throw new Error(`burst kit: ${site.city}, ${site.country} is not in the gazetteer`);
  return city;
}

/** Twitter's Snowflake epoch: the event's ids carry their creation time, as real ids do (score.ts reads retweets' age from them). */
const SNOWFLAKE_EPOCH = 1288834974657n;

function snowflake(ms: number, seq: number): string {
  return ((BigInt(ms) - SNOWFLAKE_EPOCH) * 4194304n + BigInt(seq & 0x3fffff)).toString();
}

const fill = (s: string, vars: Record<string, string>): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** The run's seed: its own, whatever other runs are made (a run does not change when the kit's list does). */
export function runSeed(seed: number, spec: BurstSpec): number {
  return hashStr(`${seed}|${spec.lang}|${spec.cat}${spec.at ? `|${spec.at.city}` : ''}`);
}

/** The event's arrival times (ms after onset): a Poisson process at BURST_SHAPE's rate, drawn by thinning. */
export function arrivals(r: () => number): number[] {
  const { peakPerMin, peakMin, tauMin, lastMin } = BURST_SHAPE;
  const out: number[] = [];
  let m = 0;
  for (;;) {
    m += -Math.log(1 - r()) / peakPerMin;
    if (m > lastMin) return out;
    const rate = m <= peakMin ? peakPerMin : peakPerMin * Math.exp(-(m - peakMin) / tauMin);
    if (r() * peakPerMin < rate) out.push(Math.round(m * 60_000));
  }
}

/**
 * The event's posts, in time order: deterministic in (seed, spec, onset, authors). `authors` is the pool the
 * synthetic authors' followers are drawn from (the background's).
 */
export function generateBurst(spec: BurstSpec, seed: number, onset: number, authors: readonly AuthorTraits[]): Post[] {
  const kit = BURST_LANGS[spec.lang];
  const site = siteOf(spec);
  const city = cityOf(spec);
  const r = mulberry32(runSeed(seed, spec));
  const texts = kit.posts[spec.cat];
  const tag = eventTag(spec);
  const posts: Post[] = [];
  let viral: Post | undefined;
  const times = arrivals(r);
  times.forEach((dt, n) => {
    const ms = onset + dt;
    const who = authors.length > 0 ? pick(authors, r) : { followers: 100, verified: false };
    const handle = spec.at
      ? `bk_${spec.lang}_${tag.split('-')[1]?.slice(0, 4)}_${spec.cat.slice(0, 3)}_${n}`
      : `bk_${spec.lang}_${spec.cat.slice(0, 3)}_${n}`;
    const base: Post = {
      id: snowflake(ms, runSeed(seed, spec) + n),
      text: '',
      createdAt: new Date(ms).toISOString(),
      source: 'twitter',
      lang: spec.lang,
      author: { id: `burst-${tag}-${n}`, handle, followers: who.followers, verified: who.verified },
    };
    const u = r();
    let post: Post;
    if (viral && u < BURST_MIX.retweet)
      post = { ...base, text: `RT @${viral.author?.handle ?? 'x'}: ${viral.text}`, retweetOf: viral.id };
    else if (u < BURST_MIX.retweet + BURST_MIX.english)
      post = {
        ...base,
        lang: 'en',
        text: fill(pick(ENGLISH_CHATTER[spec.cat], r), { city: site.city, country: site.countryEn }),
      };
    else {
      const v = r();
      const where =
        v < BURST_MIX.district && site.district
          ? site.district
          : v < BURST_MIX.district + BURST_MIX.city
            ? site.place
            : null;
      const said = where ? fill(pick(texts.placed, r), { name: where.name, in: where.in }) : pick(texts.bare, r);
      const text = r() < BURST_MIX.interjection ? `${pick(kit.interjections, r)}${said}` : said;
      post = { ...base, text };
      // The one text many re-share: the first post that names the place (else the first post).
      if (!viral && (where || n >= 3)) viral = post;
    }
    if (!post.retweetOf && r() < BURST_MIX.geo)
      post.geo = { lat: city.lat + (r() - 0.5) * 0.1, lon: city.lon + (r() - 0.5) * 0.1 };
    posts.push(post);
  });
  return posts;
}

/** The background slice: posts of [start, start + ms) that belong to no labelled event, in stream order. */
export function backgroundSlice(
  posts: readonly Post[],
  truth: Pick<Truth, 'postEvent'>,
  start: number,
  ms: number = SLICE_MS,
): Post[] {
  return posts.filter((p) => {
    const t = Date.parse(p.createdAt);
    return t >= start && t < start + ms && truth.postEvent[p.id] === undefined;
  });
}

export function authorsOf(posts: readonly Post[]): AuthorTraits[] {
  return posts.map((p) => ({ followers: p.author?.followers ?? 0, verified: p.author?.verified ?? false }));
}

/** One run's figures, from the judge's reading of its output lines. */
export interface BurstRun {
  lang: ParityLang;
  cat: BurstCategory;
  /** Event posts injected. */
  posts: number;
  detected: boolean;
  /** Distinct event posts at or before the first right alert. */
  postsBefore: number | null;
  /** First right alert's triggeredAt minus the first event post's time. */
  latencySeconds: number | null;
  categoryRight: boolean | null;
  /** Distance of the first right alert's first version from the city (null: detected unplaced, or not detected). */
  placeKm: number | null;
  /** Right alert ids naming the event. */
  alerts: number;
  /** Wrong alert ids: on background posts only (`false`), or mixing both or early (`mixed`). */
  falseAlerts: number;
  mixed: number;
  /** The first right alert's place and title, for reading. */
  place: string | null;
  title: string | null;
}

/** The event's truth: its city's point, its onset, its posts. */
export function burstTruthEvent(spec: BurstSpec, event: readonly Post[], onset: number): TruthEvent {
  const city = cityOf(spec);
  const first = event[0];
  if (!first) throw new Error(`${burstEventId(spec)}: no event posts`);
  return {
    eventId: burstEventId(spec),
    category: spec.cat,
    place: siteOf(spec).city,
    lat: city.lat,
    lon: city.lon,
    onsetAt: new Date(onset).toISOString(),
    firstPostAt: first.createdAt,
    posts: event.length,
  };
}

/** One event's figures from the judge's metrics of its run (false and mixed: the run's wrong alerts). */
export function burstRunOf(spec: BurstSpec, event: readonly Post[], m: Metrics): BurstRun {
  const e: EventResult | undefined = m.perEvent.find((x) => x.eventId === burstEventId(spec));
  if (!e) throw new Error(`${burstEventId(spec)}: the judge returned no event`);
  return {
    lang: spec.lang,
    cat: spec.cat,
    posts: event.length,
    detected: e.detected,
    postsBefore: e.postsBeforeAlert,
    latencySeconds: e.latencySeconds,
    categoryRight: e.categoryRight,
    placeKm: e.placeKm,
    alerts: e.alertIds.length,
    falseAlerts: m.wrongAlerts.filter((w) => w.reason === 'no event posts').length,
    mixed: m.wrongAlerts.filter((w) => w.reason !== 'no event posts').length,
    place: e.alertPlace,
    title: e.alertTitle,
  };
}

/** Judges one run: the event's truth (the city's point, the onset) against the run's alert lines. */
export function judgeBurstRun(
  spec: BurstSpec,
  alertLines: readonly unknown[],
  event: readonly Post[],
  stream: readonly Post[],
  onset: number,
): BurstRun {
  const truth: Truth = {
    events: [burstTruthEvent(spec, event, onset)],
    postEvent: Object.fromEntries(event.map((p) => [p.id, burstEventId(spec)])),
  };
  return burstRunOf(spec, event, evaluate(alertLines, truth, streamOrder(stream)));
}

/** Merges the event's posts into the background, in time order (a stable merge: at one time, the background first). */
export function mergeStreams(background: readonly Post[], event: readonly Post[]): Post[] {
  const out: Post[] = [];
  let j = 0;
  for (const p of background) {
    const t = Date.parse(p.createdAt);
    while (j < event.length && Date.parse((event[j] as Post).createdAt) < t) out.push(event[j++] as Post);
    out.push(p);
  }
  while (j < event.length) out.push(event[j++] as Post);
  return out;
}

export interface BurstKitOptions {
  seed: number;
  /** The background slice (backgroundSlice: SLICE_MS from `start`). */
  background: readonly Post[];
  start: number;
  langs?: readonly ParityLang[];
  cats?: readonly BurstCategory[];
  model?: Model;
  batchSize?: number;
}

export interface BurstKitResult {
  seed: number;
  start: number;
  backgroundPosts: number;
  /** Alert ids the background slice makes alone. */
  backgroundAlerts: number;
  runs: BurstRun[];
}

/** The run's alert versions as the replay's output lines. */
export async function replayLines(
  posts: readonly Post[],
  o: Pick<BurstKitOptions, 'model' | 'batchSize'>,
): Promise<unknown[]> {
  const r = await replayPosts(posts, { batchSize: o.batchSize ?? 100, ...(o.model ? { model: o.model } : {}) });
  // The judge reads the replay's output format, as the eval does.
  return r.alerts.map((a: Alert) => JSON.parse(JSON.stringify(a)) as unknown);
}

export async function runBurstKit(o: BurstKitOptions): Promise<BurstKitResult> {
  const onset = o.start + ONSET_AFTER_MS;
  const background = o.background;
  const authors = authorsOf(background);
  const alone = await replayLines(background, o);
  const runs: BurstRun[] = [];
  for (const lang of o.langs ?? PARITY_LANGS)
    for (const cat of o.cats ?? BURST_CATEGORIES) {
      const spec = { lang, cat };
      const event = generateBurst(spec, o.seed, onset, authors);
      const stream = mergeStreams(background, event);
      runs.push(judgeBurstRun(spec, await replayLines(stream, o), event, stream, onset));
    }
  const ids = new Set(alone.map((a) => (a as { alertId: string }).alertId));
  return { seed: o.seed, start: o.start, backgroundPosts: background.length, backgroundAlerts: ids.size, runs };
}

export interface BurstTotals {
  runs: number;
  detected: number;
  medianPosts: number | null;
  medianLatency: number | null;
  categoryRight: number;
  /** Detected runs whose first version is within PLACE_NEAR_KM of the city. */
  place50: number;
  /** Detected runs whose first version has no place. */
  unplaced: number;
  alerts: number;
  falseAlerts: number;
  mixed: number;
}

export function totalsOf(runs: readonly BurstRun[]): BurstTotals {
  const det = runs.filter((r) => r.detected);
  return {
    runs: runs.length,
    detected: det.length,
    medianPosts: median(det.map((r) => r.postsBefore ?? 0)),
    medianLatency: median(det.map((r) => r.latencySeconds ?? 0)),
    categoryRight: det.filter((r) => r.categoryRight).length,
    place50: det.filter((r) => r.placeKm !== null && r.placeKm <= PLACE_NEAR_KM).length,
    unplaced: det.filter((r) => r.place === null).length,
    alerts: det.reduce((n, r) => n + r.alerts, 0),
    falseAlerts: runs.reduce((n, r) => n + r.falseAlerts, 0),
    mixed: runs.reduce((n, r) => n + r.mixed, 0),
  };
}

/** One run in a table cell: posts, seconds and km to the first right alert, or 'miss'. */
export const cell = (r: BurstRun): string => {
  if (!r.detected) return 'miss';
  const place = r.placeKm === null ? 'unplaced' : `${Math.round(r.placeKm)} km`;
  return `${r.postsBefore} p, ${r.latencySeconds} s, ${place}${r.categoryRight ? '' : ' (cat)'}${r.alerts > 1 ? `, ${r.alerts} ids` : ''}`;
};

export const pct = (a: number, b: number): string => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);

export function totalsLine(label: string, t: BurstTotals): string {
  return `| ${label} | ${t.detected}/${t.runs} | ${t.medianPosts ?? '-'} | ${t.medianLatency ?? '-'} | ${pct(t.categoryRight, t.detected)} | ${pct(t.place50, t.detected)} | ${t.unplaced} | ${t.detected ? (t.alerts / t.detected).toFixed(2) : '-'} | ${t.falseAlerts} | ${t.mixed} |`;
}

/** The per-language table (one cell per category: posts before the alert, latency, place) and the totals. */
export function formatBurstKit(k: BurstKitResult): string {
  const cats = BURST_CATEGORIES.filter((c) => k.runs.some((r) => r.cat === c));
  const langs = [...new Set(k.runs.map((r) => r.lang))];
  const lines = [
    `burst kit, seed ${k.seed}: background ${new Date(k.start).toISOString()} + 2 h (${k.backgroundPosts} posts, ${k.backgroundAlerts} alerts alone), event at +45 min`,
    '',
    `| lang | ${cats.join(' | ')} | false |`,
    `|${' --- |'.repeat(cats.length + 2)}`,
  ];
  for (const lang of langs) {
    const rs = cats.map((c) => k.runs.find((r) => r.lang === lang && r.cat === c));
    const falses = rs.reduce((n, r) => n + (r ? r.falseAlerts + r.mixed : 0), 0);
    lines.push(`| ${lang} | ${rs.map((r) => (r ? cell(r) : '-')).join(' | ')} | ${falses} |`);
  }
  lines.push(
    '',
    '| runs | detected | posts (median) | latency s (median) | category | place50 | unplaced | alerts/event | false | mixed |',
    `|${' --- |'.repeat(10)}`,
  );
  for (const c of cats) lines.push(totalsLine(c, totalsOf(k.runs.filter((r) => r.cat === c))));
  lines.push(totalsLine('all', totalsOf(k.runs)));
  return lines.join('\n');
}
