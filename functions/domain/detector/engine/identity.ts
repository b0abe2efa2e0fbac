/**
 * Stage 3, the identity join: one alert id per event across stage-2 groups.
 *
 * Under a stage-2 key finer than the family (evidence.ts StageKey), one event
 * can trigger in several groups (a quake's placed reports in `quake#CR`, its
 * unplaced "felt it" posts in `quake#none`; a storm in US-FL and US-GA), each
 * raising versions under its own group-local alert id. joinIdentities() takes
 * the versions in the order the groups raised them and gives each the id of
 * the open identity it matches, versions renumbered per identity (1, 2, 3...):
 *
 * - a group-local alert already joined keeps its identity (an escalation is a
 *   new version of the same id);
 * - else an open identity of the same family, with the version's category
 *   among its categories, active within PARAMS.mergeMs, that has no alert of
 *   the version's group (that group saw both and kept them apart), and that
 *   the version matches: the same storm name (weather), or no conflict of
 *   place: either is unplaced, the same coarse area of a regional family, or
 *   within PARAMS.sameEventKm of the identity's anchor (its first placed
 *   version) plus both radii; two storm names that differ never match;
 * - else a new identity, with the version's own id.
 *
 * An identity speaks through one group-local alert, its lead: the first one,
 * until a placed one joins an unplaced lead and takes over. The versions of
 * the others are absorbed (their alert ids are remembered as the identity's),
 * not given out: each group's versions describe what that group saw, and
 * interleaving them would move the alert's place and figures back and forth
 * (a storm's Hong Kong talk showing as the storm's latest place) and multiply
 * its versions.
 *
 * Pure: the state is plain data (IdentityStateSchema, what AWS would keep in
 * one item per family), bounded in identities, members and time. Under the
 * family key every family has one group, so nothing ever joins and the
 * versions come out as they went in.
 */
import { z } from 'zod';
import { type Alert, Category } from '../../alert';
import { distKm } from '../../places';
import { hashStr } from '../hash';
import { familyOfGroup } from './evidence';
import { PARAMS } from './params';
import type { RaisedVersion } from './partition';

/** Open identities a family keeps (the least recently active go first). */
export const IDENTITY_CAP = 64;
/** Group-local alerts an identity remembers. */
export const MEMBER_CAP = 32;
/** [local version, identity version] pairs a member remembers (a version delivered again gets the number it got). */
const VERSIONS_CAP = 8;
/** Categories and storm names an identity keeps. */
const LIST_CAP = 8;

const MemberSchema = z.object({
  group: z.string(),
  localId: z.string(),
  v: z.array(z.tuple([z.number().int(), z.number().int()])),
});

const AnchorSchema = z.object({ area: z.string(), lat: z.number(), lon: z.number(), km: z.number() });

export const IdentitySchema = z.object({
  id: z.string(),
  /** The last version given out. */
  version: z.number().int(),
  categories: z.array(Category),
  /** The first placed version's area and location: what a placed version of another group must be near. */
  anchor: AnchorSchema.nullable(),
  names: z.array(z.string()),
  first: z.number(),
  last: z.number(),
  /** The member whose versions are given out (group, local alert id). */
  lead: z.tuple([z.string(), z.string()]),
  members: z.array(MemberSchema),
});
export type Identity = z.infer<typeof IdentitySchema>;

/** Per family, its open identities. */
export const IdentityStateSchema = z.object({ open: z.record(z.string(), z.array(IdentitySchema)) });
export type IdentityState = z.infer<typeof IdentityStateSchema>;

export const emptyIdentityState = (): IdentityState => ({ open: {} });

type Anchor = z.infer<typeof AnchorSchema>;

function anchorOf(r: RaisedVersion): Anchor | null {
  const l = r.alert.location;
  if (r.area === '?' || !l) return null;
  return { area: r.area, lat: l.lat, lon: l.lon, km: l.radiusKm ?? 0 };
}

/** No conflict of place between the identity and a version (either unplaced, the same regional area, or near). */
function placeFits(family: string, category: Category, a: Anchor | null, b: Anchor | null): boolean {
  if (!a || !b) return true;
  if (a.area === b.area && !PARAMS.pointFamilies.includes(family)) return true;
  return distKm(a.lat, a.lon, b.lat, b.lon) <= a.km + b.km + (PARAMS.sameEventKm[category] ?? 50);
}

function matches(x: Identity, r: RaisedVersion, family: string, t: number): boolean {
  if (t - x.last > PARAMS.mergeMs || t < x.first - PARAMS.mergeMs) return false;
  if (!x.categories.includes(r.alert.category)) return false;
  if (x.members.some((m) => m.group === r.group)) return false;
  if (x.names.length > 0 && r.names.length > 0) return r.names.some((n) => x.names.includes(n));
  return placeFits(family, r.alert.category, x.anchor, anchorOf(r));
}

const pushCapped = <T>(list: T[], x: T, cap: number): void => {
  if (list.includes(x)) return;
  list.push(x);
  if (list.length > cap) list.splice(0, list.length - cap);
};

/** A fresh id for an identity whose group-local id another open identity holds already. */
function freeId(state: IdentityState, r: RaisedVersion): string {
  const all = Object.values(state.open).flat();
  let id = r.alert.alertId;
  for (let i = 0; all.some((x) => x.id === id); i++) id = `${r.alert.alertId}-${hashStr(`${r.group}|${i}`).toString(36)}`;
  return id;
}

/**
 * Stage 3 over versions in the order the groups raised them: the versions given out (each identity's lead's), under
 * their identity's id and version.
 */
export function joinIdentities(state: IdentityState, raised: readonly RaisedVersion[]): Alert[] {
  const out: Alert[] = [];
  for (const r of raised) {
    const family = familyOfGroup(r.group);
    const t = Date.parse(r.alert.triggeredAt);
    const open = (state.open[family] ?? []).filter((x) => t - x.last <= PARAMS.idleMs);
    let x = open.find((i) => i.members.some((m) => m.group === r.group && m.localId === r.alert.alertId));
    let member = x?.members.find((m) => m.group === r.group && m.localId === r.alert.alertId);
    if (!x) {
      x = open.filter((i) => matches(i, r, family, t)).sort((a, b) => b.last - a.last)[0];
      if (!x) {
        x = {
          id: freeId(state, r),
          version: 0,
          categories: [],
          anchor: null,
          names: [],
          first: t,
          last: t,
          lead: [r.group, r.alert.alertId],
          members: [],
        };
        open.push(x);
      }
    }
    if (!member) {
      member = { group: r.group, localId: r.alert.alertId, v: [] };
      x.members.push(member);
      // The oldest members go first, never the lead: its version numbers are the identity's.
      while (x.members.length > MEMBER_CAP) {
        const lead = x.lead;
        const k = x.members.findIndex((m) => m.group !== lead[0] || m.localId !== lead[1]);
        x.members.splice(k < 0 ? 0 : k, 1);
      }
    }
    const placed = anchorOf(r);
    if (!x.anchor && placed) x.lead = [r.group, r.alert.alertId];
    pushCapped(x.categories, r.alert.category, LIST_CAP);
    for (const n of r.names) pushCapped(x.names, n, LIST_CAP);
    x.anchor ??= placed;
    x.last = Math.max(x.last, t);
    state.open[family] = open.sort((a, b) => b.last - a.last).slice(0, IDENTITY_CAP);
    if (x.lead[0] !== r.group || x.lead[1] !== r.alert.alertId) continue;
    const again = member.v.find(([local]) => local === r.alert.version);
    let version: number;
    if (again) version = again[1];
    else {
      version = ++x.version;
      member.v.push([r.alert.version, version]);
      if (member.v.length > VERSIONS_CAP) member.v.splice(0, member.v.length - VERSIONS_CAP);
    }
    out.push({ ...r.alert, alertId: x.id, version });
  }
  return out;
}
