/**
 * An alert's detail: headline, level, severity, category, place, the
 * representative post and evidence when the alert carries them, and every
 * version the customer may read with what changed.
 */
import type { AlertDetail, AlertVersion } from '../../functions/domain/feed';
import { el, time } from './dom';
import { radiusKm } from './map';

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

/** The representative post: its text (in its language, for screen readers and fonts), handle, language and link. */
function post(v: AlertVersion): HTMLElement | null {
  const p = v.post;
  if (!p) return null;
  const link = safeLink(p.url);
  return el(
    'figure',
    { class: 'post' },
    el('blockquote', { lang: p.lang === 'und' ? '' : p.lang, dir: 'auto' }, p.text),
    el(
      'figcaption',
      {},
      p.handle ? `@${p.handle}` : 'representative post',
      ` · language ${p.lang}`,
      link ? ' · ' : '',
      link ? el('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, 'open the post') : '',
    ),
  );
}

/** What changed since the version before it that this key may read. */
function changes(v: AlertDetail['versions'][number]): HTMLElement | null {
  return v.changes.length > 0 ? el('ul', { class: 'changes' }, ...v.changes.map((c) => el('li', {}, c.text))) : null;
}

export function renderDetail(d: AlertDetail): HTMLElement {
  const latest = d.versions.at(-1);
  if (!latest) return el('p', {}, 'No version of this alert is available to you.');
  const evidence = latest.evidence.map((id) => {
    const link = safeLink(id);
    return el('li', {}, link ? el('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, id) : id);
  });
  return el(
    'article',
    { 'data-alert-id': latest.alertId },
    el('h3', { class: 'headline' }, latest.title),
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
