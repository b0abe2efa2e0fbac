/** Every language's seed lexicon (see types.ts for the format). */
import { ar } from './ar';
import { bn } from './bn';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { id } from './id';
import { fa } from './fa';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { tl } from './tl';
import { tr } from './tr';
import { uk } from './uk';
import { ur } from './ur';
import type { Seed } from './types';
import { zh } from './zh';

export const SEEDS: readonly Seed[] = [en, fr, es, de, it, pt, nl, tl, tr, id, pl, ar, fa, ru, uk, hi, el, ko, ja, zh, he, ur, bn];
export { CATS, CUES, type Cue, type EventCategory, type LexClass, type Seed } from './types';
