import { createHash } from 'node:crypto';

/** Tocsin post ids are at most 128 characters: a longer source id (a did:web repository, a long Mastodon URI) is replaced by its hash, the same every time. */
export function boundedPostId(sourceId: string, hashPrefix: string): string {
  return sourceId.length <= 128 ? sourceId : `${hashPrefix}:${createHash('sha256').update(sourceId).digest('hex')}`;
}
