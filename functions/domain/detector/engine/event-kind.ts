/**
 * What kind of event an event's terms name: for an attack a shooting, a
 * stabbing, a bombing or a hostage taking; for a storm a hurricane, a
 * typhoon, a cyclone or a tornado. Read through the seed lexicons' English
 * glosses, so that "tiroteo", "fusillade" and "shooting" all say shooting and
 * "台风", "tifón" and "typhoon" all say typhoon: the headline is made from
 * this, not from the words.
 */
import type { EventKind } from '../../headline';
import { SEEDS } from '../seeds';
import type { EventCategory } from '../seeds/types';

const KIND_OF_GLOSS: Partial<Record<EventCategory, [RegExp, EventKind][]>> = {
  attack: [
    [/shoot|gun|sniper|shots/, 'shooting'],
    [/stab|knife/, 'stabbing'],
    [/bomb|ied|detonat/, 'bombing'],
    [/hostage/, 'hostage'],
  ],
  storm: [
    [/hurricane/, 'hurricane'],
    [/typhoon/, 'typhoon'],
    [/cyclone/, 'cyclone'],
    [/tornado|twister/, 'tornado'],
  ],
};

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/_/g, ' ');

interface KindTerm {
  term: string;
  stem: boolean;
  kind: EventKind;
}

function kindTerms(category: EventCategory): KindTerm[] {
  const kinds = KIND_OF_GLOSS[category] ?? [];
  const out: KindTerm[] = [];
  for (const seed of SEEDS) {
    for (const tok of (seed.terms[category] ?? '').split(/\s+/)) {
      const m = /^([^*!:@=]+)(\*)?!?(?::[\d.]+)?@?(?:=(.+))?$/.exec(tok);
      if (!m?.[1]) continue;
      const gloss = seed.lang === 'en' ? m[1] : (m[3] ?? '');
      const kind = kinds.find(([re]) => re.test(gloss))?.[1];
      if (kind) out.push({ term: fold(m[1]), stem: m[2] === '*', kind });
    }
  }
  return out;
}

interface KindTable {
  exact: Map<string, EventKind>;
  stems: KindTerm[];
}

const TABLES = new Map<string, KindTable>(
  (Object.keys(KIND_OF_GLOSS) as EventCategory[]).map((category) => {
    const terms = kindTerms(category);
    return [category, { exact: new Map(terms.filter((t) => !t.stem).map((t) => [t.term, t.kind])), stems: terms.filter((t) => t.stem) }];
  }),
);

/**
 * The kind most of the event's terms of its category name (at least 2
 * mentions, no tie), else undefined: "Tornado reported near …", "Shooting
 * reported in …".
 */
export function eventKindOf(category: string, terms: Readonly<Record<string, number>>): EventKind | undefined {
  const table = TABLES.get(category);
  if (!table) return undefined;
  const votes = new Map<EventKind, number>();
  for (const [term, n] of Object.entries(terms)) {
    const f = fold(term);
    const k = table.exact.get(f) ?? table.stems.find((s) => f.startsWith(s.term))?.kind;
    if (k) votes.set(k, (votes.get(k) ?? 0) + n);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return first[0];
}
