/**
 * Multilingual seed lexicons (en, fr, es, de, plus a few it/pt/tl terms) per
 * event category, and cue words (casualties, eyewitness, breaking news,
 * figurative use). Terms are folded (lower case, no accents). A trailing `*`
 * makes a prefix stem (min 4 letters). Two-word phrases are allowed.
 *
 * These are general crisis vocabularies, not tied to any particular event.
 */
import type { Category } from '../alert';
import { addLangEvidence, WORD_LANGS } from './lang';
import { hashStr } from './hash';
import { CLASS, foldToken, isWordChar } from './normalize';

export const CATS = ['attack', 'explosion', 'fire', 'earthquake', 'storm', 'flood', 'crash', 'collapse', 'unrest'] as const;
export type EventCategory = (typeof CATS)[number];
export const NCATS = CATS.length;

/** Cue classes beyond categories, indexed after the categories. */
export const CUES = ['casualty', 'eyewitness', 'breaking', 'figurative', 'weak', 'rescue', 'vehicle', 'forecast', 'impact'] as const;
export type Cue = (typeof CUES)[number];

type Entry = [EventCategory | Cue, number, string];

const ENTRIES: Entry[] = [
  // attack
  ['attack', 1, 'shooting shootings shooter shooters gunman gunmen gunfire gunshot* shots_fired active_shooter opened_fire open_fire mass_shooting school_shooting'],
  ['attack', 1, 'bombing bombings bomber bombers terror* suicide_bomber stabbing stabbed stabbings massacre hostage* car_bomb pipe_bomb ied gunned_down'],
  ['attack', 0.6, 'bomb bombs bombed attack attacked attacks shot_dead killed_by'],
  ['attack', 1, 'fusillade fusillades attentat attentats tireur tireurs coups_de terroris* poignard* prise_d otages massacre'],
  ['attack', 1, 'tiroteo tiroteos balacera balaceras atentado atentados pistolero* terroris* apunal* rehenes disparos masacre'],
  ['attack', 1, 'schiesserei schusse schuesse schutze schuetze anschlag anschlage amoklauf amoklaufer messerangriff messerattacke geiselnahme attentater'],
  ['attack', 0.6, 'attaque attaques bombe bombes ataque ataques bomba bombas angriff bombe sparatoria attentato'],
  // explosion
  ['explosion', 1, 'explosion explosions explode exploded explodes exploding blast blasts detonation detonated blew_up'],
  ['explosion', 1, 'explose explosee deflagration explosao explosiones explota exploto estallido estallo explodiert explodierte explosionen detonation esplosione'],
  // fire
  ['fire', 1, 'wildfire wildfires bushfire bushfires blaze blazes inferno arson forest_fire house_fire on_fire caught_fire engulfed flames'],
  ['fire', 0.5, 'fire fires burning burned burnt smoke'],
  ['fire', 1, 'incendie incendies feu_de flammes brule incendio incendios llamas fuego quema brand brande waldbrand feuer flammen grossbrand lichterloh'],
  // earthquake
  ['earthquake', 1, 'earthquake* quake quakes tremor tremors seismic aftershock* tsunami epicenter epicentre magnitude'],
  ['earthquake', 1, 'seisme seismes tremblement_de secousse* sismique terremoto terremotos sismo sismos temblor temblores replica erdbeben beben nachbeben lindol'],
  // storm
  ['storm', 1, 'hurricane* typhoon* cyclone* tornado* landfall superstorm tropical_storm storm_surge twister'],
  ['storm', 0.6, 'storm storms winds gale gales hail'],
  ['storm', 1, 'tempete ouragan* typhon* tornade* huracan* tifon tormenta tormentas ciclon orkan taifun wirbelsturm unwetter sturm bagyo'],
  // flood
  ['flood', 1, 'flood floods flooding flooded floodwater* flash_flood inundated inundation deluge overflow*'],
  ['flood', 1, 'inondation* inonde inondee crue crues inundacion* inundado* riada desbordamiento hochwasser uberschwemm* uberflut* flut sturzflut baha'],
  // crash
  ['crash', 1, 'crash crashes crashed derail* collision collided plane_crash train_crash helicopter_crash head_on pileup capsized'],
  ['crash', 1, 'accident_de deraill* ecrase ecrasement crash accidente descarril* choque chocaron estrello siniestro absturz abgesturzt unfall zugungluck entgleis* zusammenstoss kollision'],
  ['crash', 0.4, 'accident accidents accidente unfall'],
  // collapse
  ['collapse', 1, 'collapse collapsed collapses collapsing caved_in cave_in rubble'],
  ['collapse', 1, 'effondrement effondre effondree effondres derrumbe derrumbo derrumbado colapso colapsado einsturz eingesturzt eingesturtzt trummer'],
  // unrest
  ['unrest', 1, 'riot riots rioting rioters looting looters tear_gas teargas clashes unrest curfew'],
  ['unrest', 1, 'emeute emeutes affrontements manifestants pillage disturbios saqueos enfrentamientos manifestantes krawalle ausschreitungen unruhen plunderungen'],
  // cues
  ['casualty', 1, 'dead killed killing deaths death_toll died dies casualties casualty injured injuries wounded fatalities fatality victims trapped missing bodies'],
  ['casualty', 1, 'morts mort tues tue blesses blesse victimes muertos muerto fallecidos fallecido heridos herido victimas tote toten tot verletzte verletzt opfer'],
  ['eyewitness', 1, 'just_felt i_heard we_heard heard_a i_saw we_saw just_saw felt_it outside_my near_my my_house my_building here_in omg oh_my holy_shit wtf run scared shaking shook'],
  ['eyewitness', 1, 'je_viens on_a vient_de acabo_de senti sentimos ich_habe gerade eben'],
  ['breaking', 1, 'breaking urgent alert developing just_in update reports reported reporting authorities police sheriff officials'],
  ['breaking', 1, 'derniere_heure alerte ultima_hora urgente eilmeldung aktuell polizei policia'],
  ['figurative', 1, 'like_a literally lol lmao haha hahaha mixtape album song movie game exam test crush lit af bae gonna wanna killing_it bombed_my dropped_the dies_of dying_of jk my_phone notifications instagram snapchat playlist homework'],
  ['weak', 1, 'anniversary remember remembering years_ago movie trailer insurance tips preparedness drill prayers pray praying donate donation relief fundraiser'],
  ['rescue', 1, 'rescue rescuers evacuated evacuation evacuate ambulance ambulances paramedics firefighters emergency sirens secours evacuacion rescate rettung evakuiert'],
  ['forecast', 1, 'nears nearing approaching approaches approach braces bracing brace expected forecast forecasts warning warnings watch could may might possible likely threat track tracking prepare preparing heading'],
  ['forecast', 1, 'approche menace prevu alerte_orange vigilance se_dirige acerca aproxima amenaza pronostico alerta_roja se_dirige naht droht erwartet vorhersage warnung'],
  ['impact', 1, 'landfall hits hit slams slammed lashes lashed pounds pounded batters battered struck strikes destroyed damaged damage flattened devastated submerged toppled uprooted ravaged swept'],
  ['impact', 1, 'frappe touche devaste detruit inonde azota golpea arraso destruyo danado trifft verwustet zerstort beschadigt'],
  ['vehicle', 1, 'train plane helicopter bus car truck ferry boat ship aircraft jet flight tren avion helicoptero autobus zug flugzeug hubschrauber'],
];

export const LEX_KEYS = [...CATS, ...CUES] as readonly string[];
export const NLEX = LEX_KEYS.length;

interface Hit { idx: number; w: number }
const EXACT = new Map<string, Hit[]>();
const PREFIX = new Map<string, Hit[]>();
/** First words of two-word phrases -> second word map. */
const PHRASE = new Map<string, Map<string, Hit[]>>();

function add(map: Map<string, Hit[]>, key: string, hit: Hit): void {
  const l = map.get(key);
  if (l) {
    if (!l.some((h) => h.idx === hit.idx)) l.push(hit);
  } else map.set(key, [hit]);
}

for (const [key, w, terms] of ENTRIES) {
  const idx = LEX_KEYS.indexOf(key);
  for (const term of terms.split(/\s+/)) {
    if (!term) continue;
    if (term.includes('_')) {
      const [a, b] = term.split('_') as [string, string];
      let m = PHRASE.get(a);
      if (!m) PHRASE.set(a, (m = new Map()));
      add(m, b, { idx, w });
    } else if (term.endsWith('*')) add(PREFIX, term.slice(0, -1), { idx, w });
    else add(EXACT, term, { idx, w });
  }
}
const PREFIX_LENS = [...new Set([...PREFIX.keys()].map((k) => k.length))].sort((a, b) => a - b);
/** First four letters of every stem: most tokens are rejected with one lookup. */
const PREFIX4 = new Set([...PREFIX.keys()].map((k) => k.slice(0, 4)));
/** The same first four letters packed into an integer (7 bits each) when ASCII, so most tokens are rejected without a substring. */
const PREFIX4_CODES = new Set<number>();
let prefix4Ascii = true;
for (const k of PREFIX4) {
  const c = code4(k);
  if (c < 0) prefix4Ascii = false;
  else PREFIX4_CODES.add(c);
}

/** The first four code units packed 7 bits each, or -1 when one is not ASCII (or the string is shorter). */
function code4(t: string): number {
  if (t.length < 4) return -1;
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(1);
  const c = t.charCodeAt(2);
  const d = t.charCodeAt(3);
  return (a | b | c | d) < 128 ? (a << 21) | (b << 14) | (c << 7) | d : -1;
}

/** Same as `t.length >= 4 && PREFIX4.has(t.slice(0, 4))`. */
function maybePrefix(t: string): boolean {
  if (t.length < 4) return false;
  if (prefix4Ascii) {
    const c = code4(t);
    // Every stem is ASCII: a token starting with anything else matches none.
    return c >= 0 && PREFIX4_CODES.has(c);
  }
  return PREFIX4.has(t.slice(0, 4));
}

/** One lookup per token for everything keyed by the whole token: language evidence, exact lexicon terms, phrase starts. */
interface Vocab {
  /** Bit mask of the languages the word is a function word of (lang.LANGS), 0 if none. */
  langs: number;
  exact: Hit[] | undefined;
  /** The first exact hit is a category (collected in `terms`). */
  exactCat: boolean;
  /** Some exact hit is a category. */
  exactAnyCat: boolean;
  phrase: Map<string, Hit[]> | undefined;
  /** `phrase` as a list keyed by the second words' hashes (for scanNoCategory). */
  next: PhraseNext[] | undefined;
}
interface PhraseNext {
  /** hashStr(word) | 0. */
  h: number;
  word: string;
  hits: Hit[];
  /** Some hit is a category. */
  cat: boolean;
}
const VOCAB = new Map<string, Vocab>();
function vocabOf(w: string): Vocab {
  let v = VOCAB.get(w);
  if (!v) VOCAB.set(w, (v = { langs: 0, exact: undefined, exactCat: false, exactAnyCat: false, phrase: undefined, next: undefined }));
  return v;
}
for (const [w, m] of WORD_LANGS) vocabOf(w).langs = m;
for (const [w, hits] of EXACT) {
  const v = vocabOf(w);
  v.exact = hits;
  v.exactCat = (hits[0] as Hit).idx < NCATS;
  v.exactAnyCat = hits.some((h) => h.idx < NCATS);
}
for (const [w, m] of PHRASE) {
  const v = vocabOf(w);
  v.phrase = m;
  v.next = [...m].map(([word, hits]) => ({ h: hashStr(word) | 0, word, hits, cat: hits.some((h) => h.idx < NCATS) }));
}
/** Longest VOCAB word: longer tokens need no lookup. */
const VOCAB_MAX_LEN = Math.max(...[...VOCAB.keys()].map((w) => w.length));

/**
 * VOCAB again as an open-addressing table keyed by hashStr(word) (FNV-1a),
 * for tokens whose hash the tokeniser already computed: no string hashing
 * for the (mostly missing) lookups. A hit is confirmed by comparing the word.
 */
const VT_BITS = 13;
const VT_MASK = (1 << VT_BITS) - 1;
const VT_KEYS = new Int32Array(1 << VT_BITS);
const VT_WORDS: string[] = new Array<string>(1 << VT_BITS).fill('');
const VT_VALS: (Vocab | undefined)[] = new Array<Vocab | undefined>(1 << VT_BITS).fill(undefined);
if (VOCAB.size * 4 > 1 << VT_BITS) throw new Error('lexicon: vocabulary table too small');
for (const [w, v] of VOCAB) {
  const h = hashStr(w);
  let slot = (h ^ (h >>> VT_BITS)) & VT_MASK;
  while (VT_KEYS[slot] !== 0) slot = (slot + 1) & VT_MASK;
  VT_KEYS[slot] = h | 1;
  VT_WORDS[slot] = w;
  VT_VALS[slot] = v;
}

/** VOCAB.get(t), given h = hashStr(t). */
function vocabByHash(t: string, h: number): Vocab | undefined {
  const key = h | 1;
  let slot = (h ^ (h >>> VT_BITS)) & VT_MASK;
  for (;;) {
    const k = VT_KEYS[slot] as number;
    if (k === 0) return undefined;
    if (k === key && VT_WORDS[slot] === t) return VT_VALS[slot];
    slot = (slot + 1) & VT_MASK;
  }
}

/** Bit filter over PREFIX4_CODES (bit (c ^ c >>> 13) & 0xffff). */
const PREFIX4_BITS = new Uint32Array(2048);
for (const c of PREFIX4_CODES) {
  const b = (c ^ (c >>> 13)) & 0xffff;
  PREFIX4_BITS[b >>> 5] = (PREFIX4_BITS[b >>> 5] as number) | (1 << (b & 31));
}

/** ASCII letters and digits folded (lower case), 0 for the other ASCII characters. */
const FOLD7 = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD7[c] = CLASS[c] === 1 ? (c >= 65 && c <= 90 ? c + 32 : c) : 0;

/** The folded token at s[start, end) (ASCII: lower case, the apostrophe the tokeniser keeps dropped) equals `w` (of the same length). */
function eqFoldedAt(s: string, start: number, end: number, w: string): boolean {
  let j = 0;
  for (let k = start; k < end; k++) {
    let c = s.charCodeAt(k);
    if (c === 39) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (w.charCodeAt(j++) !== c) return false;
  }
  return true;
}

/** vocabByHash() of the ASCII token s[start, end), folded length `len`, without building it. */
function vocabByHashAt(s: string, start: number, end: number, len: number, h: number): Vocab | undefined {
  const key = h | 1;
  let slot = (h ^ (h >>> VT_BITS)) & VT_MASK;
  for (;;) {
    const k = VT_KEYS[slot] as number;
    if (k === 0) return undefined;
    if (k === key) {
      const w = VT_WORDS[slot] as string;
      if (w.length === len && eqFoldedAt(s, start, end, w)) return VT_VALS[slot];
    }
    slot = (slot + 1) & VT_MASK;
  }
}

/** Substring stems for unsplit hashtags such as #qldfloods or #yycflood. */
const HASHTAG_STEMS: [RegExp, number][] = [
  [/flood|inond|inunda|hochwasser/, LEX_KEYS.indexOf('flood')],
  [/quake|sismo|terremoto|seisme|erdbeben|temblor/, LEX_KEYS.indexOf('earthquake')],
  [/hurricane|typhoon|cyclone|tornado|storm|huracan|ouragan|tifon|typhon/, LEX_KEYS.indexOf('storm')],
  [/wildfire|bushfire|fire$|incendi|waldbrand/, LEX_KEYS.indexOf('fire')],
  [/shooting|bombing|attack|atentado|attentat|anschlag|tiroteo|fusillade/, LEX_KEYS.indexOf('attack')],
  [/explosion|blast/, LEX_KEYS.indexOf('explosion')],
];

const ANY_HASHTAG_STEM = new RegExp(HASHTAG_STEMS.map(([re]) => re.source).join('|'));

/**
 * Adds lexicon weights of the tokens into `out` (length NLEX), returns the
 * number of hits. `terms` collects matched category terms when given.
 */
export function lexiconScores(tokens: readonly string[], hashtags: readonly string[], out: Float32Array, terms?: string[]): number {
  return scan(tokens, hashtags, out, terms, null);
}

/**
 * lexiconScores and the function-word counts of lang.detectLanguage in one
 * pass over the tokens (one map lookup per token): `langCounts` (length
 * LANGS) is cleared and filled as detectLanguage fills its own; returns
 * whether any function word was seen (pass both to lang.pickLanguage).
 * `hashes`, when given, holds hashStr() of each token (normalize's
 * lastTokenHashes()), which saves hashing the tokens again.
 */
export function lexiconAndLanguage(tokens: readonly string[], hashtags: readonly string[], out: Float32Array, terms: string[], langCounts: Float32Array, hashes: Uint32Array | null = null): boolean {
  langCounts.fill(0);
  scanAnyLang = false;
  scan(tokens, hashtags, out, terms, langCounts, hashes);
  return scanAnyLang;
}
let scanAnyLang = false;

function scan(tokens: readonly string[], hashtags: readonly string[], out: Float32Array, terms: string[] | undefined, langCounts: Float32Array | null, hashes: Uint32Array | null = null): number {
  out.fill(0);
  let hits = 0;
  const nt = tokens.length;
  for (let i = 0; i < nt; i++) {
    const t = tokens[i] as string;
    const v = t.length > VOCAB_MAX_LEN ? undefined : hashes !== null ? vocabByHash(t, hashes[i] as number) : VOCAB.get(t);
    if (v !== undefined) {
      if (langCounts !== null && v.langs !== 0) {
        scanAnyLang = true;
        addLangEvidence(langCounts, v.langs);
      }
      const ex = v.exact;
      if (ex !== undefined) {
        for (let j = 0; j < ex.length; j++) {
          const h = ex[j] as Hit;
          out[h.idx] = (out[h.idx] as number) + h.w;
        }
        hits++;
        if (terms && v.exactCat) terms.push(t);
      } else if (maybePrefix(t)) hits += prefixHits(t, out, terms);
      const ph = v.phrase;
      if (ph !== undefined && i + 1 < nt) {
        const second = ph.get(tokens[i + 1] as string);
        if (second) {
          for (const h of second) out[h.idx] = (out[h.idx] as number) + h.w;
          hits++;
          if (terms && (second[0] as Hit).idx < NCATS) terms.push(`${t} ${tokens[i + 1] as string}`);
        }
      }
    } else if (maybePrefix(t)) hits += prefixHits(t, out, terms);
  }
  for (const h of hashtags) {
    if (!ANY_HASHTAG_STEM.test(h)) continue;
    for (const [re, idx] of HASHTAG_STEMS) {
      if (re.test(h) && (out[idx] as number) < 0.5) {
        out[idx] = (out[idx] as number) + 0.5;
        hits++;
      }
    }
  }
  // Well-known confusions: "heart attack", "panic attack", "bomb" as praise.
  return hits;
}

/**
 * Conservative pre-check of a post for category terms, on the cleaned text
 * (normalize's prepareText(): `clean` and `hashtags`) without building the
 * tokens: walks the words exactly as normalize's tokeniser does, hashing
 * each folded word in place, and looks it up like lexiconAndLanguage.
 * Returns -1 ("maybe") as soon as a category term (exact, stem, phrase or
 * hashtag stem) may be present: the caller then runs the full path. Else no
 * category term is present and `out` (cues) and `langCounts` hold exactly
 * what lexiconAndLanguage would give (same additions in the same order);
 * returns 1 if a function word was seen, else 0.
 */
export function scanNoCategory(s: string, hashtags: readonly string[], out: Float32Array, langCounts: Float32Array): number {
  for (let k = 0; k < hashtags.length; k++) if (ANY_HASHTAG_STEM.test(hashtags[k] as string)) return -1;
  out.fill(0);
  langCounts.fill(0);
  let anyLang = false;
  /** Phrases started by the previous word. */
  let pending: PhraseNext[] | undefined;
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    while (!(c < 128 ? CLASS[c] === 1 : isWordChar(c))) {
      if (++i >= n) break;
      c = s.charCodeAt(i);
    }
    if (i >= n) break;
    const start = i;
    let hasApos = false;
    let high = false;
    // hashStr of the folded word while ASCII, its folded length and first four folded characters (as lexicon's code4).
    let h = 0x811c9dc5;
    let len = 0;
    let c4 = 0;
    while (i < n) {
      c = s.charCodeAt(i);
      if (c < 128) {
        const f = FOLD7[c] as number;
        if (f === 0) break;
        h = Math.imul(h ^ f, 0x01000193);
        if (len < 4) c4 = (c4 << 7) | f;
        len++;
      } else if (!isWordChar(c)) break;
      else high = true;
      i++;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if ((d < 48 || d > 57) && (d < 128 ? CLASS[d] === 1 : isWordChar(d))) {
        if (c === 39) hasApos = true;
        else high = true;
        i++;
        while (i < n) {
          const e = s.charCodeAt(i);
          if (!isWordChar(e)) break;
          if (e >= 128) high = true;
          else {
            const f = e >= 65 && e <= 90 ? e + 32 : e;
            h = Math.imul(h ^ f, 0x01000193);
            if (len < 4) c4 = (c4 << 7) | f;
            len++;
          }
          i++;
        }
      }
    }
    // Non-ASCII words are folded as the tokeniser folds them (rare: built).
    let t: string | null = null;
    if (high) {
      t = foldToken(s.slice(start, i), true, hasApos);
      h = hashStr(t) | 0;
      len = t.length;
    }
    if (pending !== undefined) {
      for (let j = 0; j < pending.length; j++) {
        const pn = pending[j] as PhraseNext;
        if (pn.h === h && pn.word.length === len && (t !== null ? t === pn.word : eqFoldedAt(s, start, i, pn.word))) {
          if (pn.cat) return -1;
          const hits = pn.hits;
          for (let q = 0; q < hits.length; q++) {
            const x = hits[q] as Hit;
            out[x.idx] = (out[x.idx] as number) + x.w;
          }
          break;
        }
      }
    }
    const v = len > VOCAB_MAX_LEN ? undefined : t !== null ? vocabByHash(t, h) : vocabByHashAt(s, start, i, len, h);
    let tryPrefix = true;
    if (v !== undefined) {
      if (v.langs !== 0) {
        anyLang = true;
        addLangEvidence(langCounts, v.langs);
      }
      const ex = v.exact;
      if (ex !== undefined) {
        if (v.exactAnyCat) return -1;
        for (let q = 0; q < ex.length; q++) {
          const x = ex[q] as Hit;
          out[x.idx] = (out[x.idx] as number) + x.w;
        }
        tryPrefix = false;
      }
      pending = v.next;
    } else pending = undefined;
    if (tryPrefix && len >= 4) {
      // maybePrefix(), on the packed first four letters when the word is ASCII.
      if (t === null && prefix4Ascii) {
        const b = (c4 ^ (c4 >>> 13)) & 0xffff;
        if (((PREFIX4_BITS[b >>> 5] as number) & (1 << (b & 31))) !== 0 && PREFIX4_CODES.has(c4)) t = foldToken(s.slice(start, i), false, hasApos);
      } else t ??= foldToken(s.slice(start, i), false, hasApos);
      if (t !== null && maybePrefix(t) && prefixNoCategory(t, out)) return -1;
    }
  }
  return anyLang ? 1 : 0;
}

/** prefixHits() without terms: true when the stem found is a category (nothing added), else adds its hits (if any). */
function prefixNoCategory(t: string, out: Float32Array): boolean {
  for (const L of PREFIX_LENS) {
    if (L > t.length) break;
    const px = PREFIX.get(t.slice(0, L));
    if (px) {
      if (px.some((h) => h.idx < NCATS)) return true;
      for (const h of px) out[h.idx] = (out[h.idx] as number) + h.w;
      return false;
    }
  }
  return false;
}

/** Adds the hits of the shortest stem the token starts with into `out`; 1 if there is one, else 0. */
function prefixHits(t: string, out: Float32Array, terms: string[] | undefined): number {
  for (const L of PREFIX_LENS) {
    if (L > t.length) break;
    const px = PREFIX.get(t.slice(0, L));
    if (px) {
      for (const h of px) out[h.idx] = (out[h.idx] as number) + h.w;
      if (terms && (px[0] as Hit).idx < NCATS) terms.push(t);
      return 1;
    }
  }
  return 0;
}

export const CAT_INDEX: Record<EventCategory, number> = Object.fromEntries(CATS.map((c, i) => [c, i])) as Record<EventCategory, number>;
export const CUE_INDEX: Record<Cue, number> = Object.fromEntries(CUES.map((c, i) => [c, NCATS + i])) as Record<Cue, number>;

export function toCategory(idx: number): Category {
  return idx >= 0 && idx < NCATS ? (CATS[idx] as Category) : 'other';
}

/** True when the token is a category term (exact or stem), i.e. not event-specific content. */
export function isCategoryTerm(t: string): boolean {
  const ex = EXACT.get(t);
  if (ex) return true;
  if (!maybePrefix(t)) return false;
  for (const L of PREFIX_LENS) {
    if (L > t.length) break;
    if (PREFIX.has(t.slice(0, L))) return true;
  }
  return false;
}
