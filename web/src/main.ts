/**
 * The live console. The key lives in sessionStorage: it survives a reload
 * but not the tab, and no other tab or later visitor of this browser finds
 * it (localStorage would keep a bearer secret on disk indefinitely). The feed
 * polls GET /v1/alerts with its cursor (CONSOLE_POLL_MS); filters reset the
 * cursor and read again from the start.
 */

import { CATEGORIES, LEVELS } from '../../functions/domain/alert-kinds';
import type { AlertVersion } from '../../functions/domain/feed';
import { CONSOLE_POLL_MS } from '../../resources/api';
import { ApiClient, ApiError, type Filters, type Me } from './api';
import { renderDetail } from './detail';
import { byId, el, time } from './dom';
import { WorldMap } from './map';

const KEY = 'tocsin.apiKey';
const MAX_BACKOFF_MS = 30_000;
const ME_REFRESH_MS = 30_000;

const ui = {
  login: byId('login'),
  loginForm: byId<HTMLFormElement>('login-form'),
  keyInput: byId<HTMLInputElement>('key'),
  loginError: byId('login-error'),
  app: byId('app'),
  who: byId('who'),
  signOut: byId<HTMLButtonElement>('sign-out'),
  connection: byId('connection'),
  notice: byId('notice'),
  filters: byId<HTMLFormElement>('filters'),
  feed: byId<HTMLOListElement>('feed'),
  count: byId('count'),
  empty: byId('empty'),
  detail: byId('detail'),
  detailBody: byId('detail-body'),
};

interface Session {
  api: ApiClient;
  /** Bumped whenever the feed starts again (filters, sign-out): older loops stop. */
  generation: number;
  cursor: string | undefined;
  latest: Map<string, AlertVersion>;
  selected: string | undefined;
}
let session: Session | undefined;
const map = new WorldMap(document.getElementById('map') as unknown as SVGSVGElement, (id) => void select(id));

function setConnection(state: 'live' | 'offline' | 'limited' | 'idle', text: string): void {
  ui.connection.dataset.state = state;
  ui.connection.textContent = text;
}

function filters(): Filters {
  const f: Filters = {};
  for (const [k, v] of new FormData(ui.filters))
    if (typeof v === 'string' && v.trim()) f[k as keyof Filters] = v.trim();
  return f;
}

function renderFeed(s: Session): void {
  const alerts = [...s.latest.values()].sort((a, b) => b.storedAt.localeCompare(a.storedAt));
  ui.feed.replaceChildren(
    ...alerts.map((a) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: `item level-${a.level}`,
            'data-alert-id': a.alertId,
            'aria-current': String(a.alertId === s.selected),
          },
          el('span', { class: `badge level-${a.level}` }, a.level.toUpperCase()),
          el('span', { class: 'title' }, a.title),
          el(
            'span',
            { class: 'meta' },
            `${a.location?.name ?? 'unknown place'} · severity ${a.severity} · ${a.category} · v${a.version} · ${time(a.storedAt)}`,
          ),
        ),
      ),
    ),
  );
  ui.count.textContent = `(${alerts.length})`;
  ui.empty.hidden = alerts.length > 0;
  map.show(alerts);
}

async function select(alertId: string): Promise<void> {
  const s = session;
  if (!s) return;
  s.selected = alertId;
  map.select(alertId);
  for (const b of ui.feed.querySelectorAll('button'))
    b.setAttribute('aria-current', String(b.dataset.alertId === alertId));
  ui.detailBody.replaceChildren(el('p', { class: 'help' }, 'Loading…'));
  try {
    ui.detailBody.replaceChildren(renderDetail(await s.api.alert(alertId)));
  } catch (e) {
    ui.detailBody.replaceChildren(
      el(
        'p',
        { class: 'error' },
        e instanceof ApiError && e.kind === 'http' ? 'This alert is not available to you.' : String(e),
      ),
    );
  }
  ui.detail.focus();
}

function showMe(me: Me): void {
  ui.who.textContent = `${me.customer.name} · ${me.contract.status}`;
  const ended = me.contract.endsAt !== undefined && Date.parse(me.contract.endsAt) <= Date.now();
  const receiving = (me.contract.status === 'active' || me.contract.status === 'trial') && !ended;
  ui.notice.hidden = receiving;
  ui.notice.textContent = receiving
    ? ''
    : `Your contract is ${ended ? 'expired' : me.contract.status}: no alert is shown until it is active again.`;
}

async function poll(s: Session, generation: number, failures = 0): Promise<void> {
  if (session !== s || s.generation !== generation) return;
  let delay = CONSOLE_POLL_MS;
  try {
    const page = await s.api.alerts(s.cursor, filters());
    if (s.generation !== generation) return;
    s.cursor = page.cursor;
    for (const a of page.alerts) {
      const known = s.latest.get(a.alertId);
      if (!known || known.version < a.version) s.latest.set(a.alertId, a);
    }
    if (page.alerts.length > 0 || failures > 0) renderFeed(s);
    setConnection('live', `Live · checked ${new Date().toLocaleTimeString()}`);
    failures = 0;
    if (page.hasMore) delay = 0;
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'unauthorized')
      return signOut('This key was refused (revoked or unknown).');
    if (e instanceof ApiError && e.kind === 'rate_limited') {
      delay = e.retryAfterSeconds * 1000;
      setConnection('limited', `Too many requests: waiting ${e.retryAfterSeconds} s`);
    } else {
      failures++;
      delay = Math.min(MAX_BACKOFF_MS, CONSOLE_POLL_MS * 2 ** failures);
      setConnection('offline', `Connection lost: retrying in ${Math.round(delay / 1000)} s`);
    }
  }
  setTimeout(() => void poll(s, generation, failures), delay);
}

async function refreshMe(s: Session): Promise<void> {
  if (session !== s) return;
  try {
    showMe(await s.api.me());
  } catch {
    // The feed's loop shows the connection state; the contract line waits for the next refresh.
  }
  setTimeout(() => void refreshMe(s), ME_REFRESH_MS);
}

function restart(s: Session): void {
  s.generation++;
  s.cursor = undefined;
  s.latest.clear();
  renderFeed(s);
  void poll(s, s.generation);
}

async function signIn(key: string): Promise<void> {
  let api: ApiClient;
  let me: Me;
  try {
    const config = (await (await fetch('config.json', { cache: 'no-store' })).json()) as { apiUrl: string };
    api = new ApiClient(config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/`, key);
    me = await api.me();
  } catch (e) {
    ui.loginError.textContent =
      e instanceof ApiError && e.kind === 'unauthorized' ? 'This key is not valid.' : `Cannot sign in: ${String(e)}`;
    sessionStorage.removeItem(KEY);
    return;
  }
  sessionStorage.setItem(KEY, key);
  ui.loginError.textContent = '';
  ui.keyInput.value = '';
  ui.login.hidden = true;
  ui.app.hidden = false;
  ui.signOut.hidden = false;
  showMe(me);
  session = { api, generation: 0, cursor: undefined, latest: new Map(), selected: undefined };
  restart(session);
  setTimeout(() => session && void refreshMe(session), ME_REFRESH_MS);
  const linked = linkedAlert();
  if (linked) void select(linked);
  else ui.feed.focus();
}

/** The alert a chat message links to (`#alert=ID`: consoleLink in functions/domain/channels/format.ts), read with this key. */
function linkedAlert(): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get('alert') || undefined;
}

function signOut(message = ''): void {
  sessionStorage.removeItem(KEY);
  session = undefined;
  ui.app.hidden = true;
  ui.signOut.hidden = true;
  ui.login.hidden = false;
  ui.who.textContent = '';
  ui.loginError.textContent = message;
  setConnection('idle', 'Not connected');
  ui.detailBody.replaceChildren(el('p', { class: 'help' }, 'Choose an alert in the feed or on the map.'));
  ui.keyInput.focus();
}

function fillSelect(name: string, values: readonly (string | number)[]): void {
  const select = ui.filters.elements.namedItem(name) as HTMLSelectElement;
  for (const v of values) select.append(el('option', { value: String(v) }, String(v)));
}

fillSelect('category', CATEGORIES);
fillSelect('level', LEVELS);
fillSelect('minSeverity', [1, 2, 3, 4, 5]);
ui.filters.addEventListener('change', () => session && restart(session));
ui.filters.addEventListener('submit', (e) => e.preventDefault());
ui.feed.addEventListener('click', (e) => {
  const id = (e.target as Element).closest('button')?.dataset.alertId;
  if (id) void select(id);
});
ui.loginForm.addEventListener('submit', (e) => {
  e.preventDefault();
  void signIn(ui.keyInput.value.trim());
});
ui.signOut.addEventListener('click', () => signOut());
window.addEventListener('hashchange', () => {
  const linked = linkedAlert();
  if (linked && session) void select(linked);
});
const saved = sessionStorage.getItem(KEY);
if (saved) void signIn(saved);
else ui.keyInput.focus();
