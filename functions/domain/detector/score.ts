/**
 * The per-post hot path: one scan of the text (scan.ts), the lexicons'
 * pre-check (most posts name no crisis and stop there), then for the rest
 * the full lexicon pass, the significance model over `featurize`, old-news
 * and figurative-use checks, and place extraction on the same scan.
 * Synchronous and pure given a model (scratch buffers are reused, never read
 * across posts).
 */
import type { Post } from '../post';
import { extractFromScan, isTownRef, type PlaceContext, type PostPlace, placeContext } from '../places';
import { featurize, hashStr, MAX_FEATURES } from './features';
import type { Lang } from './lang';
import { CAT_INDEX, CUE_INDEX, isCategoryTerm, isLexiconTerm, isStopword, LexResult, MAYBE_CATEGORY, NCATS, readLexicon } from './lexicon';
import { type Model, predict, predictLex } from './model';
import { Scan, TOK } from './scan';
import { eventCategory } from './category';
import { readMagnitude } from './magnitude';

export interface ScoredPost {
  id: string;
  /** Stream time, epoch ms. */
  t: number;
  createdAt: string;
  source: string;
  lang: Lang;
  /** Probability the post reports a real crisis (significance model); 0 for posts without any crisis term (not scored). */
  sig: number;
  /** Category index (lexicon.CATS) or -1. */
  cat: number;
  catScores: Float32Array;
  /** Counts as evidence for a candidate event. */
  gated: boolean;
  /**
   * Names a category literally in a fresh post (a category term, no figurative cue, not old news), evidence or not:
   * counted in its category's burst of authors (engine/burst.ts). A storm warning counts: it is talk of the category,
   * though no evidence of an event.
   */
  mention: boolean;
  casualty: number;
  eyewitness: boolean;
  breaking: boolean;
  /** Carries a first-report cue: casualties, breaking/urgent, eyewitness, emergency response, magnitude >= 5. */
  strong: boolean;
  /** Asks rather than tells: a question without an eyewitness cue ("where were the police?", "what to do?"; not "did you feel that?"). */
  asks: boolean;
  /** Names who carries out attacks or their ideology ("terrorists", "terrorism") and no event, no report cue: talk about the topic. */
  topic: boolean;
  /** Re-shared or recalled old news (a retweet of a post days older, "years ago", an anniversary, an earlier year): never evidence. */
  stale: boolean;
  /** Place mentions (evidence posts only): readings with probabilities, the best one and its coarse area key. */
  place: PostPlace | null;
  /** Author identity (id, handle, or the post id when unknown). */
  author: string;
  followers: number;
  verified: boolean;
  isRetweet: boolean;
  /** Hash of the normalised text (evidence posts and mentions only, else 0): equal for retweets and copy-paste duplicates. */
  dupKey: number;
  terms: string[];
  /** Hashes of content words (not function words, not category/cue terms): what the post is about. */
  content: number[];
  magnitude: number;
  deaths: number;
}

const scan = new Scan();
const lex = new LexResult();
const featBuf = new Int32Array(MAX_FEATURES);

function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(i + k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

let lastHour = -1;
let lastHourMs = 0;

/** Epoch ms of an ISO time; fast path for "YYYY-MM-DDTHH:MM:SS[.sss]Z" (the firehose format). */
export function isoMs(s: string): number {
  const n = s.length;
  if ((n === 24 || n === 20) && s.charCodeAt(n - 1) === 90 && s.charCodeAt(10) === 84) {
    const y = digits(s, 0, 4);
    const mo = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    const h = digits(s, 11, 2);
    const mi = digits(s, 14, 2);
    const se = digits(s, 17, 2);
    const ms = n === 24 ? digits(s, 20, 3) : 0;
    if (y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && se >= 0 && se < 60 && ms >= 0) {
      // Posts of a stream share the hour: Date.UTC(y, mo-1, d, h, mi, se, ms) = its hour's start + minutes, seconds, ms.
      const hour = ((y * 16 + mo) * 32 + d) * 32 + h;
      if (hour !== lastHour) {
        lastHourMs = Date.UTC(y, mo - 1, d, h);
        lastHour = hour;
      }
      return lastHourMs + mi * 60_000 + se * 1000 + ms;
    }
  }
  return Date.parse(s);
}

/** Highest significance the language-independent model alone gives a post without a report cue (below the gate). */
const TRANSFER_CAP = 0.45;

/** Twitter's Snowflake epoch: a numeric id's creation time is (id >> 22) + this, in ms. */
const SNOWFLAKE_EPOCH = 1288834974657;
/** A retweet of a post older than this is re-shared old news, not a report. */
export const STALE_RETWEET_MS = 24 * 3600_000;

/** Creation time (epoch ms) of a Snowflake id (numeric, 15-19 digits), else NaN; ms precision is all it needs, so a double does. */
export function snowflakeMs(id: string): number {
  if (id.length < 15 || id.length > 19) return Number.NaN;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
  }
  return Math.floor(Number(id) / 4194304) + SNOWFLAKE_EPOCH;
}

/**
 * Old news: a retweet of a post a day or more older, a recall cue ("years
 * ago", "on this day", an anniversary) or an earlier year named (not after
 * "since"). The post's own time is its Snowflake id's when it has one (the
 * id is what the platform stamped; a replay may shift createdAt), else
 * createdAt.
 */
function isStale(post: Post, t: number, l: LexResult): boolean {
  if ((l.scores[CUE_INDEX.stale] as number) > 0) return true;
  if (post.retweetOf === undefined && l.year === 0) return false;
  const own = snowflakeMs(post.id);
  const now = Number.isNaN(own) ? t : own;
  if (post.retweetOf !== undefined && now - snowflakeMs(post.retweetOf) >= STALE_RETWEET_MS) return true;
  return l.year > 0 && l.year < new Date(now).getUTCFullYear();
}

export function scorePost(post: Post, model: Model): ScoredPost {
  scan.scan(post.text, true);
  const isRetweet = scan.isRetweet || post.retweetOf !== undefined;
  // Most posts have no crisis term: the pre-check says so (and gives the
  // cues and the language), and such a post is not scored.
  if (readLexicon(scan, lex, false, post.lang) !== MAYBE_CATEGORY) return unscored(post, isRetweet);
  readLexicon(scan, lex, true, post.lang);
  // Words of a trace weight alone (fell, the wind, trees) name no category: scored as a post without a crisis term.
  if (tracesOnly(lex.scores)) return unscored(post, isRetweet);
  const s = lex.scores;
  const lang = lex.lang;
  const t = isoMs(post.createdAt);
  const stale = isStale(post, t, lex);
  const author = post.author;
  // Cascade: only posts with a crisis term can become evidence, so only they pay for the significance model (sig 0 = not scored).
  let sig = 0;
  let predictOwn = 0;
  if (lex.anyCat) {
    const nf = featurize(scan, lex, isRetweet, featBuf);
    // Word weights are learned on mostly English data: for other languages the
    // language-independent lexicon model is the better judge when more confident.
    const p = predict(model, featBuf, nf);
    predictOwn = p;
    sig = lang === 'en' || lang === 'und' ? p : Math.max(p, predictLex(model, featBuf, nf));
  }
  // A drill or an exercise is no event even when the police or firefighters hold it ("police will hold an attack drill
  // at the station", "simulacro de incendio", "учения"): a figurative use of its category's words for every rule below,
  // discounted beside a breaking cue too, and no first-hand report; not beside casualties or deaths (a drill that went
  // wrong hurt people).
  const drill = (s[CUE_INDEX.drill] as number) > 0;
  if (drill) s[CUE_INDEX.figurative] = (s[CUE_INDEX.figurative] as number) + (s[CUE_INDEX.drill] as number);
  const casualty = s[CUE_INDEX.casualty] as number;
  const dead = s[CUE_INDEX.dead] as number;
  const breakingCue = (s[CUE_INDEX.breaking] as number) > 0;
  const impact = (s[CUE_INDEX.impact] as number) > 0;
  const builtCollapse = readWhatFell(s);
  const shookBuilding = readWhatShook(s, impact);
  readWhatTheWindDid(s, impact);
  const burned = readWhatBurned(s, impact);
  const waterIn = readWhatTheWaterDid(s);
  readWhatCrashed(s);
  readWhatWasHeard(s, scan.questions);
  let cat = -1;
  let best = 0;
  for (let k = 0; k < NCATS; k++) {
    const v = s[k] as number;
    if (v > best) {
      best = v;
      cat = k;
    }
  }
  cat = eventCategory(s, cat);
  const eyewitness = (s[CUE_INDEX.eyewitness] as number) > 0 || askedOthers(s, cat, scan.questions);
  const burningBuilding = burned === Burned.Building;
  // The transfer model reads only lexicon classes: without a report cue (casualties, deaths, an eyewitness, breaking news,
  // emergency response, damage) a category word alone is as likely opinion as report, so it is not enough for evidence.
  // A bridge or a roof that came down is the damage itself.
  // So are a building that shook and a building on fire.
  const reportCue =
    casualty > 0 ||
    dead > 0 ||
    breakingCue ||
    eyewitness ||
    (s[CUE_INDEX.rescue] as number) > 0 ||
    impact ||
    builtCollapse ||
    shookBuilding ||
    burningBuilding ||
    waterIn ||
    waterCame(s);
  if (!reportCue && lang !== 'en' && lang !== 'und' && sig > TRANSFER_CAP) sig = Math.min(sig, Math.max(TRANSFER_CAP, predictOwn));
  // Figurative use ("bombed my test", "fire mixtape", "killing it") without any casualty or breaking-news cue is not a report.
  if ((s[CUE_INDEX.figurative] as number) > 0 && casualty === 0 && dead === 0 && (!breakingCue || drill)) sig *= 0.3;
  // Who carries out attacks, or their ideology, named with no word for an event and no report cue ("how many
  // terrorists did you send", "not all of them are terrorists", "terrorism alert at the summit") is talk about the
  // topic, not a report: an attack is told by what happened (a shooting, a bombing, an attack) or by its victims.
  // Still evidence (its area's talk, the background a pair is judged against), but no witness (trigger.ts).
  const topic = cat === CAT_INDEX.attack && !reportCue && topicOnly(s);
  let magnitude = 0;
  let smallQuake = false;
  // Digits, or Han numerals ("五点一级"), which the scan reads as letters of a run.
  if (cat === CAT_INDEX.earthquake) {
    magnitude = readMagnitude(scan.text);
    // Routine small quakes (bots) are not breaking events; one that did damage or hurt people is.
    smallQuake = magnitude > 0 && magnitude < 5 && !impact && casualty === 0 && dead === 0;
    if (smallQuake) sig *= 0.2;
    // A strong quake report is significant whatever the wording.
    else if (magnitude >= 5.5) sig = Math.max(sig, 0.9);
  }
  // Nobody feels a figurative earthquake: a first-hand report of one ("felt it", "oddio, trema tutto") is a report
  // whatever else it says, in any seed language; the trigger still wants independent authors to agree.
  // So is one that tells what the shaking did (cracked walls, broken windows): damage, not a forecast.
  // "Earthquake right now" is told by someone who is in it, as is a building that shook.
  if (
    cat === CAT_INDEX.earthquake &&
    (eyewitness || shookBuilding || ((impact || (s[CUE_INDEX.now] as number) > 0) && (s[CUE_INDEX.forecast] as number) === 0)) &&
    (s[CUE_INDEX.figurative] as number) === 0 &&
    !smallQuake
  )
    sig = Math.max(sig, model.threshold);
  // A fire is no more figurative than a quake when it is told with what it does: a building burning, something that is
  // burning or caught fire with smoke, victims or firefighters, black smoke or flames seen (not prayers, not a
  // fire-risk notice, not a forecast; a fire station's or a fire brigade's name is
  // no fire: seeds, "fire_station!"). The
  // lexicon-only model reads a fire word by its English training posts, mostly aftermath of wildfires that burned for
  // days, and held such reports in other languages under the gate.
  if (
    cat === CAT_INDEX.fire &&
    (burned !== Burned.No || impact || (s[CUE_INDEX.rescue] as number) > 0) &&
    (s[CUE_INDEX.forecast] as number) === 0 &&
    (s[CUE_INDEX.figurative] as number) === 0 &&
    (s[CUE_INDEX.weak] as number) === 0
  )
    sig = Math.max(sig, model.threshold);
  // Nor is water that comes into the house and turns the street into a river, told by someone who sees it.
  if (waterIn && (s[CUE_INDEX.figurative] as number) === 0 && (s[CUE_INDEX.weak] as number) === 0) sig = Math.max(sig, model.threshold);
  // So is a crash or a riot named outright and told with what it did to people or things (people hurt or
  // trapped, dead, damage, rescuers on the way), not forecast, figurative, recalled or prayed for: the lexicon-only
  // model reads these words by their English training posts, mostly aftermath and comment, and held such reports in
  // other languages at 0.3-0.46 ("Cinq blessés dans un carambolage", "Поезд сошёл с рельсов, вагоны опрокинулись").
  if (
    TOLD_BY_WHAT_IT_DID.has(cat) &&
    best >= 1 &&
    (casualty > 0 ||
      dead > 0 ||
      impact ||
      (s[CUE_INDEX.rescue] as number) > 0 ||
      // Cars and bins set alight are what a riot did (a burning verb of trace weight is enough beside the riot's words).
      (cat === CAT_INDEX.unrest && (s[CAT_INDEX.fire] as number) > 0)) &&
    (s[CUE_INDEX.forecast] as number) === 0 &&
    (s[CUE_INDEX.figurative] as number) === 0 &&
    (s[CUE_INDEX.weak] as number) === 0
  )
    sig = Math.max(sig, model.threshold);
  // Weather: a forecast or precautionary evacuation ("typhoon nears", "storms possible tonight") is not an event yet.
  if (
    (cat === CAT_INDEX.storm || cat === CAT_INDEX.flood) &&
    ((s[CUE_INDEX.forecast] as number) > 0 || (s[CUE_INDEX.rescue] as number) > 0) &&
    (s[CUE_INDEX.impact] as number) === 0 &&
    casualty === 0 &&
    dead === 0
  )
    sig *= 0.3;
  // A prediction or a hypothetical ("a strong earthquake could hit the city one day", "ein Erdbeben könnte", "un séisme
  // pourrait", "bisa terjadi"): a conditional of possibility (seeds: `modal`) with no victims, witness, breaking news or
  // rescuers tells nothing that happened; its verb of impact or of falling ("could hit", "the bridge could collapse") is
  // the prediction's. Not the forecast cue: a quake report tells of the tsunami warnings it set off.
  const hypothetical =
    (s[CUE_INDEX.modal] as number) > 0 &&
    casualty === 0 &&
    dead === 0 &&
    !breakingCue &&
    !eyewitness &&
    (s[CUE_INDEX.rescue] as number) === 0 &&
    !shookBuilding &&
    !burningBuilding &&
    !waterIn;
  if (hypothetical) sig *= 0.3;
  // A protest called or planned ("march planned for Saturday", "unions call a protest") has not happened yet: only the
  // mild protest words (no riot, tear gas or looting), a forecast cue and nothing done or suffered.
  if (
    !hypothetical &&
    cat === CAT_INDEX.unrest &&
    (s[CAT_INDEX.unrest] as number) < 1 &&
    (s[CUE_INDEX.forecast] as number) > 0 &&
    (s[CUE_INDEX.impact] as number) === 0 &&
    casualty === 0 &&
    dead === 0
  )
    sig *= 0.3;
  // A collapse named once with nothing else said (no rubble, no victims, no rescue, no breaking news) is as often a
  // team's, a market's or a government's ("il crollo della Juve", "the collapse of the euro") as a building's.
  if (!hypothetical && cat === CAT_INDEX.collapse && (s[CAT_INDEX.collapse] as number) < 2 && !reportCue) sig *= 0.3;
  const firstHand = (breakingCue || eyewitness) && !drill;
  // A storm or flood said to strike ("makes landfall", "slams", "lashed"), not forecast to, has arrived: a first report.
  const arrived =
    (cat === CAT_INDEX.storm || cat === CAT_INDEX.flood) && (s[CUE_INDEX.impact] as number) > 0 && (s[CUE_INDEX.forecast] as number) === 0;
  // A clear category term with a breaking-news/eyewitness cue needs less model confidence.
  const gated = !stale && cat >= 0 && best >= 0.5 && (sig >= model.threshold || (best >= 1 && firstHand && sig >= model.threshold * 0.7));
  const place = gated ? extractFromScan(scan, placesOf(model), post.geo, lang) : null;
  const terms = lex.termList();
  if (place && place.names.length > 0) place.names = place.names.filter((n) => !inPhrase(terms, n));
  const content: number[] = [];
  let dupKey = 0;
  const mention = cat >= 0 && best >= 0.5 && !stale && (s[CUE_INDEX.figurative] as number) === 0;
  if (gated)
    for (let i = 0; i < scan.n && content.length < 16; i++) {
      if ((scan.fLen[i] as number) < 4 || (lex.notContent[i] as number) === 1) continue;
      if (((scan.flags[i] as number) & (TOK.digit | TOK.letter)) === TOK.digit) continue;
      const h = scan.hash(i);
      if (!content.includes(h)) content.push(h);
    }
  if (gated || mention) {
    // Near-duplicate key: the first 8 words, hashtags in front and behind left out (a wire copy with other hashtags
    // around it is the same text; one inside reads as the word it is). A post of hashtags and a few words keeps them.
    let from = 0;
    let to = scan.n;
    while (from < to && ((scan.flags[from] as number) & TOK.tag) !== 0) from++;
    while (to > from && ((scan.flags[to - 1] as number) & TOK.tag) !== 0) to--;
    if (to - from < 4) {
      from = 0;
      to = scan.n;
    }
    dupKey = 0x811c9dc5;
    const nd = Math.min(to, from + 8);
    for (let i = from; i < nd; i++) dupKey = Math.imul(dupKey ^ scan.hash(i), 0x01000193) >>> 0;
  }
  // The resolved town and the quake magnitude are content too ("Tagbilaran" = "Tagbilaran City"; M7.2 = M7.2); a country is too broad to tie posts.
  if (place && isTownRef(place.best)) content.push(hashStr(`@${place.best}`));
  // Admin1 areas of wide countries are regions the size of countries elsewhere, but a shared one ("TX" = "Texas") still ties posts.
  if (place?.key.includes('-')) content.push(hashStr(`@${place.key}`));
  if (gated && magnitude >= 5) content.push(hashStr(`M${Math.round(magnitude * 2) / 2}`));
  const deaths = lex.deaths;
  return {
    id: post.id,
    t,
    createdAt: post.createdAt,
    source: post.source,
    lang,
    sig,
    cat,
    catScores: gated ? catScoresOf(s) : EMPTY,
    gated,
    mention,
    casualty,
    eyewitness,
    breaking: breakingCue,
    strong:
      casualty > 0 ||
      deaths > 0 ||
      magnitude >= 5 ||
      firstHand ||
      arrived ||
      (s[CUE_INDEX.rescue] as number) > 0 ||
      author?.verified === true ||
      (author?.followers ?? 0) >= 10000,
    asks: scan.questions > 0 && !eyewitness,
    topic,
    stale,
    place,
    author: author?.id ?? author?.handle ?? `post:${post.id}`,
    followers: author?.followers ?? 0,
    verified: author?.verified ?? false,
    isRetweet,
    dupKey,
    terms,
    content,
    magnitude,
    deaths,
  };
}
const EMPTY = new Float32Array(0);

/** What makes a burning verb a fire (readWhatBurned): a building or a vehicle, damage, firefighters, victims. */
const BURNING_TOLD = [CUE_INDEX.structure, CUE_INDEX.vehicle, CUE_INDEX.impact, CUE_INDEX.rescue, CUE_INDEX.casualty, CUE_INDEX.dead];

/** The weakest weight of a category term that names its category alone (seeds: "accident:0.4"); under it, a trace. */
const LEAST_TERM = 0.4;

/**
 * Only category terms of a trace weight, and nothing that makes them a category (a structure or a vehicle beside a
 * falling word, damage beside the wind): the post names no category, as a post without any crisis term.
 */
function tracesOnly(s: Float32Array): boolean {
  for (let k = 0; k < NCATS; k++) if ((s[k] as number) >= LEAST_TERM) return false;
  if ((s[CAT_INDEX.collapse] as number) > 0 && ((s[CUE_INDEX.structure] as number) > 0 || (s[CUE_INDEX.vehicle] as number) > 0)) return false;
  if ((s[CAT_INDEX.earthquake] as number) > 0 && ((s[CUE_INDEX.structure] as number) > 0 || (s[CUE_INDEX.impact] as number) > 0)) return false;
  if ((s[CAT_INDEX.fire] as number) > 0) {
    for (const c of BURNING_TOLD) if ((s[c] as number) > 0) return false;
  }
  if (waterTold(s) || crashTold(s) || heardAsked(s, scan.questions)) return false;
  const storm = s[CAT_INDEX.storm] as number;
  return !(storm >= WIND_AND_DAMAGE && (s[CUE_INDEX.impact] as number) > 0 && (s[CUE_INDEX.forecast] as number) === 0);
}

/**
 * Words of falling (fell, came down, gave way) are collapse terms of a trace weight (seeds: "fell:0.05"): alone, or
 * said again and again, they stay far under the category bar ("prices fell", "he fell for it"). Beside a built
 * structure ("a footbridge gave way and fell into the river", "the roof fell in") they are a collapse. Returns whether
 * the post tells a structure's collapse, which is a report cue: the fallen bridge is the damage, and no team's or
 * market's collapse has a roof.
 */
function readWhatFell(s: Float32Array): boolean {
  const c = s[CAT_INDEX.collapse] as number;
  if ((s[CUE_INDEX.structure] as number) === 0) {
    // A vehicle that fell is a crash ("a small plane fell into a field", "a bus fell into the river").
    if (c > 0 && c < 0.5 && (s[CUE_INDEX.vehicle] as number) > 0 && (s[CAT_INDEX.crash] as number) < 0.5) s[CAT_INDEX.crash] = 0.5;
    return false;
  }
  if (c > 0 && c < 0.5) s[CAT_INDEX.collapse] = 0.5;
  return c > 0;
}

/**
 * The bare word for wind and the words of what wind does (roofs torn off, trees uprooted or toppled) are storm terms of
 * a trace weight (seeds: "wind:0.05", "uprooted:0.05"; the damage words are damage cues too): "the wind is cold" is no
 * storm, nor "wind, wind and more wind", nor wind power and a blackout. The wind and what it did, together, are one ("the
 * wind tore the roofs off three houses"), unless the post forecasts it. A storm score from WIND_AND_DAMAGE up to
 * WIND_ONLY is two or three such trace words and no storm word of its own (the weakest weighs 0.4).
 */
function readWhatTheWindDid(s: Float32Array, impact: boolean): void {
  const storm = s[CAT_INDEX.storm] as number;
  if (impact && storm >= WIND_AND_DAMAGE && storm < WIND_ONLY && (s[CUE_INDEX.forecast] as number) === 0) s[CAT_INDEX.storm] = 0.5;
}
/**
 * Words of what water does (coming into, pouring in, a lake, a torrent, floating, swept away: kommt ins, rentre,
 * entrando, заходит, doluyor, danau, 湖, 호수...) are flood terms of a trace weight (seeds: "lake:0.05"), and the
 * word for water a cue of its own (seeds: `water`): the lake's water is warm, a ship is floating. The water and one
 * thing it did, beside a building, a vehicle, damage, victims, rescuers or a witness, or two things it did with the
 * water or one of those ("water coming into the house, the whole street is a lake"; "streets turned into rivers, cars
 * swept away"), are a flood that has come, not one forecast: its own damage cue. Returns whether the post tells that.
 */
function readWhatTheWaterDid(s: Float32Array): boolean {
  if (!waterTold(s)) return false;
  s[CAT_INDEX.flood] = 0.5;
  return true;
}
function waterTold(s: Float32Array): boolean {
  const f = s[CAT_INDEX.flood] as number;
  if (f <= 0 || f >= LEAST_TERM || (s[CUE_INDEX.forecast] as number) > 0) return false;
  const traces = Math.round(f / TRACE);
  const water = (s[CUE_INDEX.water] as number) > 0;
  if (!water && traces < 2) return false;
  if (water && traces >= 2) return true;
  for (const c of WATER_TOLD) if ((s[c] as number) > 0) return true;
  return false;
}
/** A flood named beside the water itself ("the river burst its banks, the water is coming into the houses"): the water has come. */
function waterCame(s: Float32Array): boolean {
  return (
    (s[CAT_INDEX.flood] as number) >= LEAST_TERM && (s[CUE_INDEX.water] as number) > 0 && (s[CUE_INDEX.forecast] as number) === 0
  );
}
/** What makes two water words a flood: a building, a vehicle, damage, victims, rescuers, a witness. */
const WATER_TOLD = [CUE_INDEX.structure, CUE_INDEX.vehicle, CUE_INDEX.impact, CUE_INDEX.casualty, CUE_INDEX.dead, CUE_INDEX.rescue, CUE_INDEX.eyewitness];

/**
 * Words of where and how a crash is seen or heard (the motorway, the roundabout, screeching tyres, cars crushed:
 * Autobahn, rocade, autovía, obwodnica, трасса, otoyol, 高速, 교차로...) are crash terms of a trace weight (seeds:
 * "motorway:0.05"): traffic on the motorway is no crash. With a vehicle or an ambulance, and what it did or a bang
 * heard (damage, victims, rescuers, a witness, a "Knall" or "huk": eventCategory gives such a bang to the crash), they
 * are one ("heavy bang on the motorway, cars into each other, ambulances coming").
 */
function readWhatCrashed(s: Float32Array): void {
  if (crashTold(s)) s[CAT_INDEX.crash] = 0.5;
}
function crashTold(s: Float32Array): boolean {
  const c = s[CAT_INDEX.crash] as number;
  if (c <= 0 || c >= LEAST_TERM || (s[CUE_INDEX.forecast] as number) > 0) return false;
  if ((s[CUE_INDEX.vehicle] as number) === 0 && (s[CUE_INDEX.rescue] as number) === 0) return false;
  if ((s[CAT_INDEX.explosion] as number) >= 0.5) return true;
  for (const c of CRASH_TOLD) if ((s[c] as number) > 0) return true;
  return false;
}
const CRASH_TOLD = [CUE_INDEX.impact, CUE_INDEX.casualty, CUE_INDEX.dead, CUE_INDEX.rescue, CUE_INDEX.eyewitness];

/**
 * Words for a noise (noise, bruit, ruido, грохот, gürültü, 소리, صوت, शोर...) are explosion terms of a trace weight
 * (seeds: "noise:0.05"): noise is everyday. Asked of others in a question ("what was that noise?!", "c'était quoi ce
 * bruit ?", "что это был за грохот?", "이게 무슨 소리야?") they are a bang heard from afar, asked by someone who heard it
 * (askedOthers then reads the question as first-hand), unless forecast or figurative.
 */
function readWhatWasHeard(s: Float32Array, questions: number): void {
  if (heardAsked(s, questions)) s[CAT_INDEX.explosion] = 0.5;
}
function heardAsked(s: Float32Array, questions: number): boolean {
  const e = s[CAT_INDEX.explosion] as number;
  return (
    e > 0 &&
    e < LEAST_TERM &&
    questions > 0 &&
    (s[CUE_INDEX.others] as number) > 0 &&
    (s[CUE_INDEX.forecast] as number) === 0 &&
    (s[CUE_INDEX.figurative] as number) === 0
  );
}

/** A trace term's weight (seeds: ":0.05"). */
const TRACE = 0.05;

/**
 * Shaking words (shaking, wackelt, trema, sallandı, 흔들리고) are earthquake terms of a trace weight (seeds:
 * "shaking:0.05"): people shake with fear or laughter, a decision shakes a party. Said of a building ("the whole
 * building was shaking") or with what the shaking did ("things fell off the shelves"), they are a quake, told by someone
 * in it; so are the shaking words that are quake terms alone, at half weight ("swayed", "the ground shook"). Returns
 * whether the post tells that, which is a first-hand report cue.
 */
function readWhatShook(s: Float32Array, impact: boolean): boolean {
  const q = s[CAT_INDEX.earthquake] as number;
  if (q <= 0 || q > SHAKING || (s[CUE_INDEX.forecast] as number) > 0) return false;
  if ((s[CUE_INDEX.structure] as number) === 0 && !impact) return false;
  s[CAT_INDEX.earthquake] = SHAKING;
  return true;
}

/**
 * Burning verbs (is burning, caught fire, went up in flames: brennt, pris feu, загорелся, yanıyor, 불타고) are fire
 * terms of a trace weight (seeds: "загорелся:0.05"): a heart burns, an idea catches fire, a team is on fire. Said of a
 * building, a factory or a vehicle, or with smoke, flames, victims or firefighters, they are a fire. Returns whether
 * the post tells a building burning, or a fire word beside a building ("fire at the warehouse"): the burning building
 * is the damage, a report cue as a fallen bridge is (a car is not: "burnt calories washing my car"); or a burning verb
 * told with the rest.
 */
function readWhatBurned(s: Float32Array, impact: boolean): Burned {
  const f = s[CAT_INDEX.fire] as number;
  if (f <= 0 || (s[CUE_INDEX.forecast] as number) > 0) return Burned.No;
  const built = (s[CUE_INDEX.structure] as number) > 0;
  if (f < LEAST_TERM) {
    const told =
      built ||
      (s[CUE_INDEX.vehicle] as number) > 0 ||
      impact ||
      (s[CUE_INDEX.rescue] as number) > 0 ||
      (s[CUE_INDEX.casualty] as number) > 0 ||
      (s[CUE_INDEX.dead] as number) > 0;
    if (!told) return Burned.No;
    s[CAT_INDEX.fire] = 0.5;
    return built ? Burned.Building : Burned.Told;
  }
  return built && f >= 0.5 ? Burned.Building : Burned.No;
}
const enum Burned {
  No,
  /** A burning verb with what makes it a fire (a vehicle, smoke, victims, firefighters). */
  Told,
  /** A building on fire: the damage itself. */
  Building,
}

/**
 * Categories whose reports the fire and quake rule's reasoning reaches: named outright (a term of full weight), told
 * with what they did. Not a flood: "flood victims" is mostly the long aftermath's charity and comment (cv: a hurricane's
 * fundraising posts made a flood alert in another city); a flood is read by what its water does (readWhatTheWaterDid).
 */
const TOLD_BY_WHAT_IT_DID = new Set<number>([CAT_INDEX.crash, CAT_INDEX.unrest]);

/** The weight of the shaking words that are quake terms alone ("the ground shook", "swayed"): what a shaken building reads as. */
const SHAKING = 0.5;

/** Two trace words (0.05 each; a little under 0.1 for float sums). */
const WIND_AND_DAMAGE = 0.099;
const WIND_ONLY = 0.2;

/** Categories felt or heard from afar: the quake, the blast, the gunfire, the storm's wind reach people around it. */
const SENSED_AFAR = new Set<number>([CAT_INDEX.earthquake, CAT_INDEX.explosion, CAT_INDEX.attack, CAT_INDEX.storm]);

/**
 * A question to others whether they felt or heard it too ("EARTHQUAKE!! did anyone else feel that??", "¿alguien más
 * lo sintió?", "hisseden var mı?", "Schüsse, noch jemand?") about an event felt or heard from afar is asked by
 * someone who felt or heard it: a first-hand report, not a question that comments. Not for what one reads about
 * ("did the site crash for anyone else?") and not when forecast or figurative.
 */
function askedOthers(s: Float32Array, cat: number, questions: number): boolean {
  return (
    questions > 0 &&
    (s[CUE_INDEX.others] as number) > 0 &&
    SENSED_AFAR.has(cat) &&
    (s[CUE_INDEX.forecast] as number) === 0 &&
    (s[CUE_INDEX.figurative] as number) === 0
  );
}

/** The post's attack reading comes from agent terms alone ("terrorist", "terrorism"): no other category term counts. */
function topicOnly(s: Float32Array): boolean {
  const agent = s[CUE_INDEX.agent] as number;
  if (agent === 0 || (s[CAT_INDEX.attack] as number) - agent >= 0.5) return false;
  for (let k = 0; k < NCATS; k++) if (k !== CAT_INDEX.attack && (s[k] as number) >= 0.5) return false;
  return true;
}

/**
 * A word after a storm word that is a word of one of the post's lexicon phrases ("Storm Surge", "Tropical Storm
 * Watch", "Hurricane Warning" in Title Case) is the phrase's, not a storm's name.
 */
function inPhrase(terms: readonly string[], name: string): boolean {
  for (const t of terms) if (t.includes(' ') && t.split(' ').includes(name)) return true;
  return false;
}

/** The category scores, copied (a typed array's slice() looks up its species constructor on every call). */
function catScoresOf(s: Float32Array): Float32Array {
  const c = new Float32Array(NCATS);
  for (let k = 0; k < NCATS; k++) c[k] = s[k] as number;
  return c;
}

/**
 * Each model's place context: the words it found mostly common (its ambiguous names), function words and category
 * terms are places only with a cue; the words it found mostly in lower case and the lexicon's terms name no storm.
 */
const contexts = new WeakMap<Model, PlaceContext>();
function placesOf(model: Model): PlaceContext {
  let ctx = contexts.get(model);
  if (!ctx) {
    const ambiguous = new Set(model.ambiguousNames);
    const common = new Set(model.commonWords);
    ctx = placeContext(
      remembered((k) => ambiguous.has(k) || isStopword(k)),
      remembered(isCategoryTerm),
      remembered((k) => common.has(k) || isLexiconTerm(k)),
    );
    contexts.set(model, ctx);
  }
  return ctx;
}

/** Slots of each word test's memory (a power of two). */
const REMEMBERED_SLOTS = 1 << 14;

/**
 * A word test that remembers its answers (isStopword and isCategoryTerm scan the word again on every call): a
 * direct-mapped table by the word's hash, a slot holding the last word that fell in it. The caller's hash (the
 * token's, from the scan) spares hashing the word, which a Map keyed by a fresh string does on every lookup.
 */
function remembered(test: (key: string) => boolean): (key: string, hash?: number) => boolean {
  const words: (string | undefined)[] = new Array<string | undefined>(REMEMBERED_SLOTS).fill(undefined);
  const answers = new Uint8Array(REMEMBERED_SLOTS);
  return (key, hash = hashStr(key)) => {
    const s = hash & (REMEMBERED_SLOTS - 1);
    if (words[s] === key) return answers[s] === 1;
    const v = test(key);
    words[s] = key;
    answers[s] = v ? 1 : 0;
    return v;
  };
}

/** scorePost() of a post without any category term (`lex` holds its cues and language): what the full path gives with every category score 0. */
function unscored(post: Post, isRetweet: boolean): ScoredPost {
  const author = post.author;
  const s = lex.scores;
  const casualty = s[CUE_INDEX.casualty] as number;
  const eyewitness = (s[CUE_INDEX.eyewitness] as number) > 0;
  const breaking = (s[CUE_INDEX.breaking] as number) > 0;
  return {
    id: post.id,
    t: isoMs(post.createdAt),
    createdAt: post.createdAt,
    source: post.source,
    lang: lex.lang,
    sig: 0,
    cat: -1,
    catScores: EMPTY,
    gated: false,
    mention: false,
    casualty,
    eyewitness,
    breaking,
    strong: casualty > 0 || breaking || eyewitness || (s[CUE_INDEX.rescue] as number) > 0 || author?.verified === true || (author?.followers ?? 0) >= 10000,
    asks: scan.questions > 0 && !eyewitness,
    topic: false,
    stale: false,
    place: null,
    author: author?.id ?? author?.handle ?? `post:${post.id}`,
    followers: author?.followers ?? 0,
    verified: author?.verified ?? false,
    isRetweet,
    dupKey: 0,
    terms: [],
    content: [],
    magnitude: 0,
    deaths: 0,
  };
}
