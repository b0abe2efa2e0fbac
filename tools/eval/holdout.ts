/**
 * Leave-event-out: which training events (the `event` field of
 * train/labeled.jsonl.gz) must be held out so that the model never saw the
 * events a stream is judged on.
 *
 * cv events name theirs (`trainEvent`). The dev events (dev and dev-heavy)
 * do not; the table below was read off the data: for every dev event post,
 * the training rows with the same id or the same text (case, URLs, mentions
 * and the RT prefix ignored) belong to these events and to no other
 * (docs/detector.md, "Evaluation"). Typhoon Hagupit, the STEM School and
 * Parkland shootings have no training rows (none by id or text, and no row
 * names them).
 */
import type { Truth } from './judge';

export const DEV_TRAINING_EVENTS: Readonly<Record<string, readonly string[]>> = {
  'boston-marathon-bombing-2013': ['2013_Boston_bombings', '2013_Boston_Bombings'],
  'west-texas-explosion-2013': ['2013_West_Texas_explosion', '2013_West_Texas_Explosion'],
  'bohol-earthquake-2013': ['2013_Bohol_earthquake'],
  'typhoon-hagupit-landfall-2014': [],
  'santiago-train-crash-2013': ['2013_Spain_train_crash'],
  'glasgow-helicopter-crash-2013': ['2013_Glasgow_helicopter_crash'],
  'savar-building-collapse-2013': ['2013_Savar_building_collapse'],
  'guatemala-earthquake-2012': ['2012_Guatemala_earthquake'],
  'stem-school-shooting-2019': [],
  'parkland-school-shooting-2018': [],
};

/** The training events of one truth event; an event nobody has mapped is an error, never "nothing to hold out". */
export function trainingEventsOf(e: { eventId: string; trainEvent?: string | undefined }): readonly string[] {
  if (e.trainEvent !== undefined) return [e.trainEvent];
  const known = DEV_TRAINING_EVENTS[e.eventId];
  if (!known)
    throw new Error(
      `event ${e.eventId} has no trainEvent and is not in DEV_TRAINING_EVENTS (tools/eval/holdout.ts): find its training rows before judging it`,
    );
  return known;
}

/** Every training event to hold out for a stream, sorted. */
export function heldOutEvents(truth: Truth): string[] {
  return [...new Set(truth.events.flatMap((e) => trainingEventsOf(e)))].sort();
}
