/**
 * Language identification from function words (folded tokens). Cheap and
 * good enough on short posts for the languages we lexicalise; falls back to
 * the platform's tag, then 'und'.
 */

export const LANGS = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'tl'] as const;
export type Lang = (typeof LANGS)[number] | 'und';

const STOP: Record<(typeof LANGS)[number], string> = {
  en: 'the a an and of to in is are was were be been this that it on for with at by from as not but what all just my your you we they he she his her our their have has had will would can could do does did there here now so if about after before up out no more very who how why when where which i me im dont its',
  fr: 'le la les un une des du de et est sont etait dans pour pas par sur avec ce cette ces qui que au aux il elle ils nous vous je tu mon ma mes son sa ses leur plus ne se en ont suis sommes mais ou tres apres avant aussi fait ete',
  es: 'el la los las un una unos unas y es son fue era en por para con no que se del al lo su sus como mas pero muy esta estan este esto hay han ha yo tu nosotros ellos ella le les me mi tras desde sobre hasta donde cuando porque tambien',
  de: 'der die das den dem des ein eine einen einem einer und ist sind war waren in im auf mit fur von zu nicht ich du er sie es wir ihr auch aber wie was wo wenn dass noch nach bei aus um uber hat haben wird werden sich mein dein kein nur schon',
  it: 'il lo gli della delle dei di che non per con una sono nel nella sulla questo questa anche come piu ma ci ha hanno essere stato molto',
  pt: 'o os as um uma de do da dos das em no na nos nas que nao para com por se mais como mas foi sao ao pelo pela voce ele ela isso esta muito',
  nl: 'de het een en van ik te dat die in is niet op met voor zijn er maar ook als bij nog wel naar dan wat zo door over heb hij ze',
  tl: 'ang ng mga sa na at ay si ni kay ako ka siya kami tayo sila ito iyan yan hindi po ba lang pa din rin naman kasi para',
};

/** Function word -> bit mask of the languages (LANGS index) it belongs to. */
export const WORD_LANGS: ReadonlyMap<string, number> = new Map<string, number>();
LANGS.forEach((lang, li) => {
  for (const w of STOP[lang].split(' ')) (WORD_LANGS as Map<string, number>).set(w, (WORD_LANGS.get(w) ?? 0) | (1 << li));
});

const counts = new Float32Array(LANGS.length);
const SHARE = new Float32Array(1 << LANGS.length);
for (let m = 1; m < SHARE.length; m++) {
  let bits = 0;
  for (let x = m; x; x &= x - 1) bits++;
  SHARE[m] = 1 / bits;
}

/** A word shared by k languages is 1/k evidence for each: adds a function word's evidence (its WORD_LANGS mask) into `counts`. */
export function addLangEvidence(counts: Float32Array, m: number): void {
  const w = SHARE[m] as number;
  for (let li = 0; li < LANGS.length; li++) if (m & (1 << li)) counts[li] = (counts[li] as number) + w;
}

/** Index in LANGS of a platform language tag ("en", "en-GB", "EN"...), or -1; memoised (tags are few). */
const hintIndex = new Map<string, number>();
function hintIdxOf(hint: string): number {
  let i = hintIndex.get(hint);
  if (i === undefined) {
    i = (LANGS as readonly string[]).indexOf(hint.slice(0, 2).toLowerCase());
    if (hintIndex.size < 1024) hintIndex.set(hint, i);
  }
  return i;
}

/** Detects the language of folded tokens; `hint` is the platform tag if any. */
export function detectLanguage(tokens: readonly string[], hint?: string): Lang {
  counts.fill(0);
  let any = false;
  for (let i = 0; i < tokens.length; i++) {
    const m = WORD_LANGS.get(tokens[i] as string);
    if (m === undefined) continue;
    any = true;
    addLangEvidence(counts, m);
  }
  return pickLanguage(counts, any, hint);
}

/** The language of function-word counts (as detectLanguage counts them; `any`: some function word seen). */
export function pickLanguage(counts: Float32Array, any: boolean, hint?: string): Lang {
  const hintIdx = hint ? hintIdxOf(hint) : -1;
  if (!any) return hintIdx >= 0 ? (LANGS[hintIdx] as Lang) : 'und';
  let best = 0;
  let bestN = -1;
  for (let li = 0; li < LANGS.length; li++) {
    const n = (counts[li] as number) + (li === hintIdx ? 0.3 : 0);
    if (n > bestN) {
      bestN = n;
      best = li;
    }
  }
  return LANGS[best] as Lang;
}

/** True for function words of any supported language. */
export function isStopword(token: string): boolean {
  return WORD_LANGS.has(token);
}
