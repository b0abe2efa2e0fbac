/**
 * Deletions in the detector state: the representative post (its excerpt) of
 * every active candidate event that quotes a deleted post is dropped, so that
 * no later version of the event quotes it again and its text leaves the
 * state (docs/retention.md). One load of every partition's head and active
 * candidates, one conditional commit of the candidates changed, redone with a
 * fresh load when stage 2 committed in between.
 */
import type { EventStateStore } from '../store';
import { commitLoaded, loadPartitions } from './keyed-store';
import { FAMILY_OF } from './params';

/** Every partition (category family) stage 2 keeps state for. */
const PARTITIONS = [...new Set([...Object.values(FAMILY_OF), 'other'])].sort();

const isConflict = (e: unknown) => (e as { name?: string } | undefined)?.name === 'ConcurrentUpdateError';

/** Drops the representative of every active candidate whose post `hides` says is deleted; how many were dropped. */
export async function forgetQuotedPosts(
  store: EventStateStore,
  hides: (postId: string) => boolean,
  attempts = 5,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadPartitions(store, PARTITIONS);
    let dropped = 0;
    for (const s of loaded.states.values())
      for (const c of s.candidates.values())
        if (c.rep && hides(c.rep.id)) {
          c.rep = null;
          s.touched.add(c.key);
          dropped++;
        }
    if (dropped === 0) return 0;
    try {
      await commitLoaded(store, loaded);
      return dropped;
    } catch (e) {
      if (!isConflict(e) || attempt >= attempts) throw e;
    }
  }
}
