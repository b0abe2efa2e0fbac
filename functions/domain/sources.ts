/**
 * The registry of data sources Tocsin knows. A source has one canonical name
 * (what policies bar and alerts name) and any number of aliases ("x" for
 * "twitter"), so that a renamed source cannot escape a bar: ingest,
 * `policy set` and the fan-out all go through `canonical()`.
 *
 * The sources the project reads are seeded here (the connectors use them);
 * operators add others (`npm run tocsin -- sources add`), stored in the
 * customers table (kind "source").
 */
import { z } from 'zod';
import { normalizeSource } from './entitlement';
import { IsoTime } from './post';

/** Lowercase letters, digits, dot, dash, underscore; what posts and policies carry after normalizeSource(). */
export const SourceName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'lowercase letters, digits, ".", "_" or "-", at most 64 characters');

export const SourceEntrySchema = z.object({
  name: SourceName,
  aliases: z.array(SourceName),
  addedAt: IsoTime,
  addedBy: z.string().min(1).max(512),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** Known from the start: Twitter/X (the training data and the sample streams), and the Bluesky and Mastodon connectors. */
export const SEED_SOURCES: readonly SourceEntry[] = [
  { name: 'twitter', aliases: ['x'], addedAt: '2026-01-01T00:00:00Z', addedBy: 'seed' },
  { name: 'bluesky', aliases: ['bsky'], addedAt: '2026-01-01T00:00:00Z', addedBy: 'seed' },
  { name: 'mastodon', aliases: [], addedAt: '2026-01-01T00:00:00Z', addedBy: 'seed' },
];

export class SourceRegistry {
  private readonly byName = new Map<string, string>();
  readonly entries: readonly SourceEntry[];
  /** Stored entries that clash with an earlier one (a name or alias taken twice): left out, reported. */
  readonly conflicts: string[] = [];

  private constructor(entries: readonly SourceEntry[]) {
    const kept: SourceEntry[] = [];
    for (const e of entries) {
      const names = [e.name, ...e.aliases];
      const taken = names.find((n) => this.byName.has(n));
      if (taken !== undefined || new Set(names).size !== names.length) {
        this.conflicts.push(`${e.name}: "${taken ?? e.name}" is already a source or alias`);
        continue;
      }
      for (const n of names) this.byName.set(n, e.name);
      kept.push(e);
    }
    this.entries = kept;
  }

  /** The seeds, then the stored entries in the order given (the first claim of a name wins). */
  static of(stored: readonly SourceEntry[] = []): SourceRegistry {
    return new SourceRegistry([...SEED_SOURCES, ...stored]);
  }

  /** The canonical name of a source or alias, or undefined when the registry does not know it. */
  canonical(source: string): string | undefined {
    return this.byName.get(normalizeSource(source));
  }

  /** Known names, canonical and aliases, sorted (for error messages). */
  get known(): string[] {
    return [...this.byName.keys()].sort();
  }

  /** A readable refusal for an unknown source. */
  unknown(source: string): string {
    return `unknown source "${source}" (known: ${this.known.join(', ')}; npm run tocsin -- sources add NAME)`;
  }

  /** Names as the fan-out compares them: canonical when known, else normalized (an unknown name can only match itself). */
  resolve(source: string): string {
    return this.canonical(source) ?? normalizeSource(source);
  }
}
