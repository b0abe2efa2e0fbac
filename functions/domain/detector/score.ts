/**
 * The per-post hot path: normalise, detect language, classify (significance
 * model + category lexicon), extract place. Synchronous and pure given a model.
 */
import type { Post } from '../post';
import { lastTokenHashes, prepareText, tokenizePrepared } from './normalize';
import { isStopword, pickLanguage, LANGS, type Lang } from './lang';
import { lexiconAndLanguage, scanNoCategory, NCATS, NLEX, CUE_INDEX, CAT_INDEX, isCategoryTerm } from './lexicon';
import { extractFeatures, hashStr } from './features';
import { predict, predictLex, type Model } from './model';
import { extractPlaces, isTownRef, placeContext, type PlaceContext, type PostPlace } from '../places';

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
  casualty: number;
  eyewitness: boolean;
  breaking: boolean;
  /** Carries a first-report cue: casualties, breaking/urgent, eyewitness, emergency response, magnitude >= 5. */
  strong: boolean;
  /** Place mentions (evidence posts only): readings with probabilities, the best one and its coarse area key. */
  place: PostPlace | null;
  /** Author identity (id, handle, or the post id when unknown). */
  author: string;
  followers: number;
  verified: boolean;
  isRetweet: boolean;
  /** Hash of the normalised text (evidence posts only, else 0): equal for retweets and copy-paste duplicates. */
  dupKey: number;
  terms: string[];
  /** Hashes of content words (not function words, not category/cue terms): what the post is about. */
  content: number[];
  magnitude: number;
  deaths: number;
}

const lexBuf = new Float32Array(NLEX);
const langCounts = new Float32Array(LANGS.length);
const featBuf = new Int32Array(4096);
const MAG_RE = /(?:magnitude|mag\.?|\bm|\bml|\bmb|\bmw)\s*[:=]?\s*(\d(?:[.,]\d)?)\b|\b(\d[.,]\d)\s*(?:-?\s*magnitude|-?\s*mag\b|earthquake|quake|sismo|terremoto|seisme|erdbeben|temblor)/i;
const DEATHS_RE = /\b(\d{1,5})\s+(?:people\s+|persons\s+|personas\s+|personnes\s+|menschen\s+)?(?:dead|killed|deaths|died|muertos|fallecidos|morts|tues|tote|toten)\b|(?:at least|au moins|al menos|mindestens)\s+(\d{1,5})\s+(?:\w+\s+)?(?:dead|killed|muertos|morts|tote)/i;
const NUM_RE = /\d/;
const NUM_ONLY_RE = /^\d+$/;
/** Words too common in crisis chatter to tie two posts to one event. */
const GENERIC = new Set(
  ('news breaking just people today tonight right here there really about after before still what when where this that with from have been were they their them your ' +
    'some more most many much very like know think going need want make made look please pray prayers praying thoughts everyone anyone someone ' +
    'video photo photos pics live update updates latest report reports reported via read watch help safe stay hope love god omg wtf lol ' +
    'dont cant wont didnt doesnt time year years week day days night morning hours minutes first last another other every each world city town').split(' '),
);

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

export function scorePost(post: Post, model: Model): ScoredPost {
  const p = prepareText(post.text);
  // Most posts have no crisis term: a scan of the cleaned text that builds no
  // tokens says so (and gives the cues and language evidence), and such a
  // post is not scored. "Maybe" (-1) takes the full path below.
  const noCat = scanNoCategory(p.clean, p.hashtags, lexBuf, langCounts);
  if (noCat >= 0) return unscored(post, p.isRetweet || post.retweetOf !== undefined, pickLanguage(langCounts, noCat === 1, post.lang));
  const n = tokenizePrepared(p);
  const terms: string[] = [];
  // Language id and lexicon in one pass (same as detectLanguage + lexiconScores).
  const anyLang = lexiconAndLanguage(n.tokens, n.hashtags, lexBuf, terms, langCounts, lastTokenHashes());
  const lang = pickLanguage(langCounts, anyLang, post.lang);
  let anyCat = false;
  for (let k = 0; k < NCATS; k++) if ((lexBuf[k] as number) > 0) anyCat = true;
  const hasNumber = anyCat && NUM_RE.test(n.clean);
  const author = post.author;
  // Cascade: only posts with a crisis term can become evidence, so only they
  // pay for the significance model (sig 0 = not scored).
  let sig = 0;
  if (anyCat) {
    const nf = extractFeatures(
      {
        tokens: n.tokens,
        lex: lexBuf,
        isRetweet: n.isRetweet || post.retweetOf !== undefined,
        hasUrl: n.hasUrl,
        upperRatio: n.upperRatio,
        followers: author?.followers,
        verified: author?.verified,
        hasAuthor: author !== undefined,
        lang,
        hasNumber,
        hashes: lastTokenHashes(),
      },
      featBuf,
    );
    // Word weights are learned on mostly English data: for other languages the
    // language-independent lexicon model is the better judge when more confident.
    sig = lang === 'en' || lang === 'und' ? predict(model, featBuf, nf) : Math.max(predict(model, featBuf, nf), predictLex(model, featBuf, nf));
  }
  // Figurative use ("bombed my test", "fire mixtape", "killing it") without
  // any casualty or breaking-news cue is not a report.
  if ((lexBuf[CUE_INDEX.figurative] as number) > 0 && (lexBuf[CUE_INDEX.casualty] as number) === 0 && (lexBuf[CUE_INDEX.breaking] as number) === 0) sig *= 0.3;
  let cat = -1;
  let best = 0;
  for (let k = 0; k < NCATS; k++) {
    const v = lexBuf[k] as number;
    if (v > best) {
      best = v;
      cat = k;
    }
  }
  // A bombing is an attack even when the word "explosion" dominates.
  if (cat === CAT_INDEX.explosion && (lexBuf[CAT_INDEX.attack] as number) >= 0.5) cat = CAT_INDEX.attack;
  let magnitude = 0;
  let deaths = 0;
  if (hasNumber) {
    if (cat === CAT_INDEX.earthquake) {
      const m = MAG_RE.exec(n.clean);
      if (m) magnitude = parseFloat((m[1] ?? m[2] ?? '0').replace(',', '.'));
      // Routine small quakes (bots) are not breaking events.
      if (magnitude > 0 && magnitude < 5) sig *= 0.2;
      // A strong quake report is significant whatever the wording.
      else if (magnitude >= 5.5) sig = Math.max(sig, 0.9);
    }
    if ((lexBuf[CUE_INDEX.casualty] as number) > 0) {
      const d = DEATHS_RE.exec(n.clean);
      if (d) deaths = parseInt(d[1] ?? d[2] ?? '0', 10);
    }
  }
  const casualty = lexBuf[CUE_INDEX.casualty] as number;
  // Weather: a forecast or precautionary evacuation ("typhoon nears", "storms possible tonight") is not an event yet.
  if ((cat === CAT_INDEX.storm || cat === CAT_INDEX.flood) && ((lexBuf[CUE_INDEX.forecast] as number) > 0 || (lexBuf[CUE_INDEX.rescue] as number) > 0) && (lexBuf[CUE_INDEX.impact] as number) === 0 && (lexBuf[CUE_INDEX.casualty] as number) === 0) sig *= 0.3;
  const breakingCue = (lexBuf[CUE_INDEX.breaking] as number) > 0 || (lexBuf[CUE_INDEX.eyewitness] as number) > 0;
  // A clear category term with a breaking-news/eyewitness cue needs less model confidence.
  const gated = cat >= 0 && best >= 0.5 && (sig >= model.threshold || (best >= 1 && breakingCue && sig >= model.threshold * 0.7));
  const place = gated ? extractPlaces(n.clean, placesOf(model), post.geo, lang) : null;
  const content: number[] = [];
  if (gated) {
    // hashStr of each token, from the tokeniser (still the last normalizeText call's).
    const tokenHashes = lastTokenHashes();
    for (let i = 0; i < n.tokens.length && content.length < 16; i++) {
      const t = n.tokens[i] as string;
      if (t.length < 4 || GENERIC.has(t) || isStopword(t) || isCategoryTerm(t) || NUM_ONLY_RE.test(t)) continue;
      const h = tokenHashes[i] as number;
      if (!content.includes(h)) content.push(h);
    }
  }
  // The resolved town and the quake magnitude are content too ("Tagbilaran" = "Tagbilaran City"; M7.2 = M7.2); a country is too broad to tie posts.
  if (place && isTownRef(place.best)) content.push(hashStr(`@${place.best}`));
  // Admin1 areas of wide countries are regions the size of countries elsewhere, but a shared one ("TX" = "Texas") still ties posts.
  if (place && place.key.includes('-')) content.push(hashStr(`@${place.key}`));
  if (gated && magnitude >= 5) content.push(hashStr(`M${Math.round(magnitude * 2) / 2}`));
  // Near-duplicate key (first 8 normalised tokens): only evidence posts need it.
  let dupKey = 0;
  if (gated) {
    dupKey = 0x811c9dc5;
    const nd = Math.min(n.tokens.length, 8);
    for (let i = 0; i < nd; i++) dupKey = hashStr(n.tokens[i] as string, dupKey ^ 0x20);
  }
  return {
    id: post.id,
    t: isoMs(post.createdAt),
    createdAt: post.createdAt,
    source: post.source,
    lang,
    sig,
    cat,
    catScores: gated ? lexBuf.slice(0, NCATS) : EMPTY,
    gated,
    casualty,
    eyewitness: (lexBuf[CUE_INDEX.eyewitness] as number) > 0,
    breaking: (lexBuf[CUE_INDEX.breaking] as number) > 0,
    strong:
      casualty > 0 || deaths > 0 || magnitude >= 5 || (lexBuf[CUE_INDEX.breaking] as number) > 0 || (lexBuf[CUE_INDEX.eyewitness] as number) > 0 || (lexBuf[CUE_INDEX.rescue] as number) > 0 ||
      author?.verified === true || (author?.followers ?? 0) >= 10000,
    place,
    author: author?.id ?? author?.handle ?? `post:${post.id}`,
    followers: author?.followers ?? 0,
    verified: author?.verified ?? false,
    isRetweet: n.isRetweet || post.retweetOf !== undefined,
    dupKey,
    terms,
    content,
    magnitude,
    deaths,
  };
}
const EMPTY = new Float32Array(0);

/** Each model's place context: the words it found mostly common (its ambiguous names), function words and category terms are places only with a cue. */
const contexts = new WeakMap<Model, PlaceContext>();
function placesOf(model: Model): PlaceContext {
  let ctx = contexts.get(model);
  if (!ctx) {
    const ambiguous = new Set(model.ambiguousNames);
    ctx = placeContext((k) => ambiguous.has(k) || isStopword(k), isCategoryTerm);
    contexts.set(model, ctx);
  }
  return ctx;
}

/** scorePost() of a post without any category term (lexBuf holds its cues): what the full path gives with every category score 0. */
function unscored(post: Post, isRetweet: boolean, lang: Lang): ScoredPost {
  const author = post.author;
  const casualty = lexBuf[CUE_INDEX.casualty] as number;
  const eyewitness = (lexBuf[CUE_INDEX.eyewitness] as number) > 0;
  const breaking = (lexBuf[CUE_INDEX.breaking] as number) > 0;
  return {
    id: post.id,
    t: isoMs(post.createdAt),
    createdAt: post.createdAt,
    source: post.source,
    lang,
    sig: 0,
    cat: -1,
    catScores: EMPTY,
    gated: false,
    casualty,
    eyewitness,
    breaking,
    strong: casualty > 0 || breaking || eyewitness || (lexBuf[CUE_INDEX.rescue] as number) > 0 || author?.verified === true || (author?.followers ?? 0) >= 10000,
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
