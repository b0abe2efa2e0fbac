/**
 * The connector benchmark's workload: Jetstream frames as a subscription to
 * app.bsky.feed.post delivers them, generated (no post data leaves
 * ../shared). Texts and languages come from the seeded sample stream; the
 * frame mix and record extras imitate the live firehose: 88% post creates
 * (a third with an image embed and its alt text, a fifth with link/mention
 * facets, a quarter replies, some quotes), 9% post deletes, 3% identity and
 * account events.
 */

import { mulberry32 } from '../tools/data/random';
import { generateStream } from '../tools/data/sample-stream';

export function connectorFrames(
  count: number,
  seed = 42,
): { frames: string[]; posts: number; bytes: number; t0Us: number; stepUs: number } {
  const texts = generateStream({ seed }).posts;
  const rnd = mulberry32(seed);
  const frames: string[] = [];
  let posts = 0;
  let bytes = 0;
  const t0 = Date.parse('2026-03-02T12:00:00Z') * 1000;
  const did = (n: number) => `did:plc:${((n * 2654435761) % 2 ** 32).toString(36).padStart(24, 'q')}`;
  const rkey = (n: number) => `3l${n.toString(36).padStart(11, 'a')}`;
  for (let i = 0; i < count; i++) {
    const timeUs = t0 + i * 25_000;
    const author = did(Math.floor(rnd() * 500_000));
    const r = rnd();
    let f: object;
    if (r < 0.88) {
      const p = texts[i % texts.length]!;
      const record: Record<string, unknown> = {
        $type: 'app.bsky.feed.post',
        text: p.text,
        createdAt: new Date(timeUs / 1000 - 1500).toISOString(),
        langs: [p.lang ?? 'en'],
      };
      if (rnd() < 0.33)
        record.embed = {
          $type: 'app.bsky.embed.images',
          images: [
            {
              alt: 'A photo taken from the street',
              aspectRatio: { width: 1536, height: 2048 },
              image: {
                $type: 'blob',
                ref: { $link: 'bafkreihqgw6zuqe5zk6jcfksqbxmuaqarjxr6ud5l2bqvaxnqxsz7jw5ku' },
                mimeType: 'image/jpeg',
                size: 512_345,
              },
            },
          ],
        };
      else if (rnd() < 0.1)
        record.embed = {
          $type: 'app.bsky.embed.record',
          record: { cid: 'bafyreib2rxk3rh6kzwq', uri: `at://${did(i + 7)}/app.bsky.feed.post/${rkey(i + 7)}` },
        };
      if (rnd() < 0.2)
        record.facets = [
          {
            $type: 'app.bsky.richtext.facet',
            features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/news/article-about-things' }],
            index: { byteStart: 0, byteEnd: 10 },
          },
        ];
      if (rnd() < 0.25)
        record.reply = {
          parent: { cid: 'bafyreiparent', uri: `at://${did(i + 3)}/app.bsky.feed.post/${rkey(i + 3)}` },
          root: { cid: 'bafyreiroot', uri: `at://${did(i + 5)}/app.bsky.feed.post/${rkey(i + 5)}` },
        };
      f = {
        did: author,
        time_us: timeUs,
        kind: 'commit',
        commit: {
          rev: rkey(i + 11),
          operation: 'create',
          collection: 'app.bsky.feed.post',
          rkey: rkey(i),
          record,
          cid: 'bafyreihqgw6zuqe5zk6jcfksqbxmuaqarjxr6ud5l2bqvaxnqxsz7jw5ku',
        },
      };
      posts++;
    } else if (r < 0.97) {
      f = {
        did: author,
        time_us: timeUs,
        kind: 'commit',
        commit: { rev: rkey(i + 11), operation: 'delete', collection: 'app.bsky.feed.post', rkey: rkey(i - 40) },
      };
    } else if (r < 0.985) {
      f = {
        did: author,
        time_us: timeUs,
        kind: 'identity',
        identity: {
          did: author,
          handle: `someone${i}.bsky.social`,
          seq: i,
          time: new Date(timeUs / 1000).toISOString(),
        },
      };
    } else {
      f = {
        did: author,
        time_us: timeUs,
        kind: 'account',
        account: { active: true, did: author, seq: i, time: new Date(timeUs / 1000).toISOString() },
      };
    }
    const s = JSON.stringify(f);
    bytes += Buffer.byteLength(s);
    frames.push(s);
  }
  return { frames, posts, bytes, t0Us: t0, stepUs: 25_000 };
}
