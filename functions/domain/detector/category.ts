/**
 * Which event a post tells of when its words name more than one kind: the
 * highest-scoring category, unless another one named beside it is what the
 * event is. Who did it over what happened, the cause over the consequence,
 * the riot over what it set alight or clashed with.
 */
import { CAT_INDEX, CUE_INDEX } from './lexicon';

/** Categories that bring buildings down, the strongest first when two are named ("the quake set off a fire"). */
const CAUSES = [CAT_INDEX.earthquake, CAT_INDEX.storm, CAT_INDEX.explosion, CAT_INDEX.fire];

/** The event category of a post whose highest-scoring category is `top` (lexicon class scores `s`). */
export function eventCategory(s: Float32Array, top: number): number {
  // A bombing is an attack even when the word "explosion" dominates.
  if (top === CAT_INDEX.explosion && (s[CAT_INDEX.attack] as number) >= 0.5) return CAT_INDEX.attack;
  // A bang heard beside a crash read from where and how it was seen (score.ts readWhatCrashed): the crash's noise.
  if (top === CAT_INDEX.explosion && (s[CAT_INDEX.explosion] as number) < 0.6 && (s[CAT_INDEX.crash] as number) >= 0.5)
    return CAT_INDEX.crash;
  // A roof torn off, a house fallen in or rubble in the street is a collapse's word, but when the post names what
  // did it (a storm, a quake, an explosion, a fire) that is the event. A cause scores 0.6 or more: the half-weight
  // words (smoke, burning) are as often what a collapse raised as what brought it down.
  if (top === CAT_INDEX.collapse) {
    for (const k of CAUSES) if ((s[k] as number) >= 0.6) return k;
    return top;
  }
  // A bang that shook the house is an explosion: shaking words (under 0.6) are what a blast does too.
  if (top === CAT_INDEX.earthquake && (s[CAT_INDEX.earthquake] as number) < 0.6 && (s[CAT_INDEX.explosion] as number) >= 0.5)
    return CAT_INDEX.explosion;
  // Things fallen off the shelves of a building that shook: a fall read beside a structure (0.5) is what the quake,
  // the storm, the blast or the fire did, when one is named at all.
  if (top === CAT_INDEX.collapse && (s[CAT_INDEX.collapse] as number) <= 0.5) {
    for (const k of CAUSES) if ((s[k] as number) >= 0.5) return k;
  }
  // Cars or shops set alight by rioters are the riot's fire: with rioters, looting or tear gas named, that is the event.
  if (top === CAT_INDEX.fire && (s[CAT_INDEX.unrest] as number) >= 1) return CAT_INDEX.unrest;
  // Protesters clashing with police is unrest, though most languages say "clash" and "collision" with one word
  // (столкновения, 衝突, 충돌); without a vehicle named, such a collision is not a crash.
  if (top === CAT_INDEX.crash && (s[CAT_INDEX.unrest] as number) >= 0.5 && (s[CUE_INDEX.vehicle] as number) === 0)
    return CAT_INDEX.unrest;
  return top;
}
