/**
 * What kind of attack an event's terms name (a shooting, a stabbing, a
 * bombing, a hostage taking), read through the seed lexicons' English glosses
 * so that "tiroteo", "fusillade" and "shooting" all say shooting: the
 * headline is made from this, not from the words.
 */
import type { AttackKind } from '../../headline';
import { SEEDS } from '../seeds';

const KIND_OF_GLOSS: [RegExp, AttackKind][] = [
  [/shoot|gun|sniper|shots/, 'shooting'],
  [/stab|knife/, 'stabbing'],
  [/bomb|ied|detonat/, 'bombing'],
  [/hostage/, 'hostage'],
];

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/_/g, ' ');

interface KindTerm {
  term: string;
  stem: boolean;
  kind: AttackKind;
}

function kindTerms(): KindTerm[] {
  const out: KindTerm[] = [];
  for (const seed of SEEDS) {
    for (const tok of (seed.terms.attack ?? '').split(/\s+/)) {
      const m = /^([^*!:@=]+)(\*)?!?(?::[\d.]+)?@?(?:=(.+))?$/.exec(tok);
      if (!m?.[1]) continue;
      const gloss = seed.lang === 'en' ? m[1] : (m[3] ?? '');
      const kind = KIND_OF_GLOSS.find(([re]) => re.test(gloss))?.[1];
      if (kind) out.push({ term: fold(m[1]), stem: m[2] === '*', kind });
    }
  }
  return out;
}

const TERMS = kindTerms();
const exact = new Map(TERMS.filter((t) => !t.stem).map((t) => [t.term, t.kind]));
const stems = TERMS.filter((t) => t.stem);

function kindOfTerm(term: string): AttackKind | undefined {
  const f = fold(term);
  return exact.get(f) ?? stems.find((s) => f.startsWith(s.term))?.kind;
}

/** The kind most of the event's attack terms name (at least 2 mentions, no tie), else undefined. */
export function attackKindOf(terms: Readonly<Record<string, number>>): AttackKind | undefined {
  const votes = new Map<AttackKind, number>();
  for (const [term, n] of Object.entries(terms)) {
    const k = kindOfTerm(term);
    if (k) votes.set(k, (votes.get(k) ?? 0) + n);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return first[0];
}
