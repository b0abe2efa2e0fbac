/**
 * An alert's detail: headline, level, severity, category, place, the
 * representative post and evidence when the alert carries them, and every
 * version the customer may read with what changed.
 */
import type { AlertDetail, AlertVersion } from '../../functions/domain/feed';
import { el, time } from './dom';
import { radiusKm } from './map';

/** Fields newer detectors add; shown when present, ignored otherwise. */
interface Extras {
  headline?: string;
  post?: { text?: string; lang?: string; author?: string | { handle?: string }; authorHandle?: string; url?: string };
  whatChanged?: string | string[];
}
const extras = (v: AlertVersion) => v as AlertVersion & Extras;

const safeLink = (url: string | undefined): string | undefined => (url && /^https:\/\//.test(url) ? url : undefined);

function place(v: AlertVersion): string {
  const l = v.location;
  if (!l) return 'unknown place';
  // Names often end with their country already ("Houston, TX, US").
  const country = l.country && !l.name.endsWith(l.country) ? l.country : undefined;
  const parts = [l.name, l.admin1, country].filter(Boolean).join(', ');
  const r = radiusKm(v);
  return `${parts} (${l.lat.toFixed(2)}, ${l.lon.toFixed(2)}${r ? `, within ${Math.round(r)} km` : ''})`;
}

function post(v: AlertVersion): HTMLElement | null {
  const p = extras(v).post;
  if (!p?.text) return null;
  const author = typeof p.author === 'string' ? p.author : (p.author?.handle ?? p.authorHandle);
  const link = safeLink(p.url);
  return el(
    'figure',
    { class: 'post' },
    el('blockquote', p.lang ? { lang: p.lang } : {}, p.text),
    el(
      'figcaption',
      {},
      author ? `@${author}` : 'representative post',
      link ? ' · ' : '',
      link ? el('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, 'open the post') : '',
    ),
  );
}

function changes(v: AlertDetail['versions'][number]): HTMLElement | null {
  const own = extras(v).whatChanged;
  const lines = [
    ...(own ? [own].flat() : []),
    ...v.changes.map((c) => `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`),
  ];
  return lines.length > 0 ? el('ul', { class: 'changes' }, ...lines.map((l) => el('li', {}, l))) : null;
}

export function renderDetail(d: AlertDetail): HTMLElement {
  const latest = d.versions.at(-1);
  if (!latest) return el('p', {}, 'No version of this alert is available to you.');
  const e = extras(latest);
  const evidence = latest.evidence.map((id) => {
    const link = safeLink(id);
    return el('li', {}, link ? el('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, id) : id);
  });
  return el(
    'article',
    { 'data-alert-id': latest.alertId },
    el('h3', { class: 'headline' }, e.headline ?? latest.title),
    el(
      'p',
      { class: 'badges' },
      el('span', { class: `badge level-${latest.level}` }, latest.level.toUpperCase()),
      el('span', { class: 'badge' }, `severity ${latest.severity}/5`),
      el('span', { class: 'badge' }, latest.category),
    ),
    el(
      'dl',
      {},
      el('dt', {}, 'Place'),
      el('dd', { class: 'place' }, place(latest)),
      el('dt', {}, 'First seen'),
      el('dd', {}, time(latest.firstSeenAt)),
      el('dt', {}, 'Evidence'),
      el('dd', {}, `${latest.posts} posts by ${latest.authors} authors; sources ${latest.sources.join(', ')}`),
      latest.terms.length > 0 && el('dt', {}, 'Terms'),
      latest.terms.length > 0 && el('dd', {}, latest.terms.join(', ')),
    ),
    post(latest),
    el('h4', {}, 'Evidence posts'),
    el('ul', { class: 'evidence' }, ...evidence),
    el('h4', {}, `Versions (${d.versions.length})`),
    el(
      'ol',
      { class: 'versions', reversed: '' },
      ...[...d.versions]
        .reverse()
        .map((v) =>
          el(
            'li',
            {},
            el('strong', {}, `v${v.version}`),
            ` ${v.level}, severity ${v.severity} · ${time(v.triggeredAt)}`,
            changes(v),
          ),
        ),
    ),
  );
}
