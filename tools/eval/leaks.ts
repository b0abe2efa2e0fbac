/**
 * Leak check for leave-event-out models: a training row that went into the
 * model with the text of a judged event's post (a retweet or copy under
 * another id, or a row of a wrongly mapped event) means the model saw it.
 * Texts are compared loosely (case, URLs, mentions, the RT prefix and
 * punctuation ignored); texts shorter than 30 letters are not compared, as
 * short generic posts ("Earthquake!") repeat by chance.
 */
import type { Post } from '../../functions/domain/post';
import type { Truth } from './judge';

const MIN_KEY = 30;

export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^rt @\w+:?/, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/@\w+/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Loose text -> eventId of every event post of a stream. */
export function eventTexts(
  posts: readonly Post[],
  truth: Truth,
  into = new Map<string, string>(),
): Map<string, string> {
  for (const p of posts) {
    const e = truth.postEvent[p.id];
    if (!e) continue;
    const k = textKey(p.text);
    if (k.length >= MIN_KEY) into.set(k, e);
  }
  return into;
}

/** Counts, per judged event, the training rows used that carry one of its posts' texts. */
export function leakCounter(texts: ReadonlyMap<string, string>): {
  see: (row: { text: string }) => void;
  counts: Record<string, number>;
} {
  const counts: Record<string, number> = {};
  return {
    counts,
    see: (row) => {
      const e = texts.get(textKey(row.text));
      if (e) counts[e] = (counts[e] ?? 0) + 1;
    },
  };
}
