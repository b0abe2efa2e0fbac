/**
 * The live console in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (no browser download), against the local pipeline on the
 * emulators, the API function's handler and the console served by the local
 * server. Posts go in through the ingest queue, contracts change through the
 * CLI, as an operator would. Contrast and the phone layout are measured in the
 * page (./audit.ts). Leaves test-results/console.png and console-phone.png.
 *
 * Needs /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it).
 */

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import type { Post } from '../../functions/domain/post';
import { CONSOLE_POLL_MS } from '../../resources';
import { REPO_ROOT } from '../../resources/repo';
import { run as cli } from '../../tools/cli/tocsin';
import { type ApiServer, startApiServer } from '../../tools/local/api-server';
import { cliJson } from '../integration/support/cli';
import { activeContract, everything, startTestStack, type TestStack } from '../integration/support/local-stack';
import { breakingEvent, chatter, EARTHQUAKE_TEXTS, EXPLOSION_TEXTS } from '../integration/support/posts';
import { contrastFailures, layoutProblems } from './audit';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, 'test-results');
process.env.TOCSIN_HOME = mkdtempSync(path.join(tmpdir(), 'tocsin-home-'));

let hour = 0;
/** One breaking event amid chatter, into the ingest queue; waits until it is scored and fanned out. */
async function breakNews(s: TestStack, texts: string[]): Promise<void> {
  const h = String(hour++).padStart(2, '0');
  const posts: Post[] = [
    ...chatter({ prefix: `bg${h}`, start: `2026-07-01T${h}:00:00.000Z`, count: 60, everySeconds: 4 }),
    ...breakingEvent({ prefix: `ev${h}`, start: `2026-07-01T${h}:01:00.000Z`, authors: 12, texts }),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const bodies = Array.from({ length: Math.ceil(posts.length / 24) }, (_, i) =>
    JSON.stringify({ batchId: `b${h}-${i}`, source: 'twitter', posts: posts.slice(i * 24, i * 24 + 24) }),
  );
  // Through the test stack's replay clock: the posts are dated, and judged by it as a recorded stream.
  await s.send(bodies);
  await s.pipeline.waitIdle();
}

/** The element's text ('' when it has none). */
const textOf = async (l: Locator): Promise<string> => (await l.textContent()) ?? '';
const feedItems = (page: Page) => page.locator('#feed button.item');
const itemAbout = (page: Page, place: string) => feedItems(page).filter({ hasText: place });

describe('the live console in Chromium', { timeout: 300_000 }, () => {
  let s: TestStack;
  let server: ApiServer;
  let browser: BrowserContext;
  const profile = mkdtempSync(path.join(tmpdir(), 'tocsin-chromium-'));
  const keys: Record<string, string> = {};

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
    s = await startTestStack({ register: true });
    const customer = (id: string, name: string, regions: { country: string }[] = []) =>
      s.addCustomer({
        id,
        name,
        sector: 'news_media',
        contract: activeContract,
        entitlements: { ...everything, regions },
      });
    await customer('watch-desk', 'Watch Desk');
    await customer('control-desk', 'Control Desk');
    await customer('tokyo-bureau', 'Tokyo Bureau', [{ country: 'JP' }]);
    for (const id of ['watch-desk', 'control-desk', 'tokyo-bureau'])
      keys[id] = (await cliJson<{ key: string }>(['keys', 'create', id])).key;
    server = await startApiServer(s.env);
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await s?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  /** A tab signed in with the customer's key (each tab keeps its own key: sessionStorage). */
  async function open(customerId: string, hash = ''): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${server.url}${hash}`);
    await page.getByLabel('API key').fill(keys[customerId]!);
    await page.keyboard.press('Enter');
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: 15_000 });
    return page;
  }

  let watch: Page;
  let control: Page;
  let houstonId = '';

  test('a signed-in customer sees a new alert appear live, with its map marker and its detail', async () => {
    watch = await open('watch-desk');
    assert.match(await textOf(watch.locator('#who')), /Watch Desk · active/);
    assert.equal(await feedItems(watch).count(), 0, 'nothing before the event');

    await breakNews(s, EXPLOSION_TEXTS);
    const item = itemAbout(watch, 'Houston').first();
    await item.waitFor({ timeout: 4 * CONSOLE_POLL_MS + 10_000 });
    houstonId = (await item.getAttribute('data-alert-id')) ?? '';
    assert.ok(houstonId, 'the feed item names its alert');
    const marker = watch.locator(`#map .marker[data-alert-id="${houstonId}"]`);
    assert.equal(await marker.count(), 1, 'one marker on the map');
    assert.match((await marker.getAttribute('aria-label')) ?? '', /Houston/);
    // Its confidence radius is drawn around it (a city's: tens of km, a few SVG units at world scale).
    assert.match((await marker.locator('path.radius').getAttribute('d')) ?? '', /^M[\d.,-]+/);

    // The keyboard reaches the marker and opens the detail.
    await marker.focus();
    await watch.keyboard.press('Enter');
    const detail = watch.locator(`#detail article[data-alert-id="${houstonId}"]`);
    await detail.waitFor({ timeout: 10_000 });
    const text = await textOf(detail);
    assert.match(text, /explosion/i);
    assert.match(text, /FLASH|URGENT|ALERT/);
    assert.match(text, /severity \d\/5/);
    assert.match(await textOf(detail.locator('.place')), /Houston.*within \d+ km/);
    // The headline in words, and the representative post: its text in its language, handle and language.
    assert.match(await textOf(detail.locator('.headline')), /^Explosion reported in Houston/);
    const quote = detail.locator('figure.post blockquote');
    assert.match(await textOf(quote), /explosion|blast/i);
    assert.equal(await quote.getAttribute('lang'), 'en');
    assert.match(await textOf(detail.locator('figure.post figcaption')), /^@\S+ · language en/);
    const versions = Number(/Versions \((\d+)\)/.exec(text)?.[1]);
    assert.ok(versions >= 1, 'its versions are listed');
    // Escalations are new versions: the feed item catches up with the newest one without a reload.
    await item.filter({ hasText: `v${versions}` }).waitFor({ timeout: 4 * CONSOLE_POLL_MS });
    mkdirSync(ARTIFACTS, { recursive: true });
    await watch.screenshot({ path: path.join(ARTIFACTS, 'console.png'), fullPage: true });
  });

  test("a chat message's console link (#alert=ID) opens that alert once signed in", async () => {
    const linked = await open('watch-desk', `#alert=${encodeURIComponent(houstonId)}`);
    const detail = linked.locator(`#detail article[data-alert-id="${houstonId}"]`);
    await detail.waitFor({ timeout: 10_000 });
    assert.match(await textOf(detail), /explosion/i);
    await linked.close();
  });

  test('contrast: every text meets WCAG AA, signed out and signed in with an alert open', async () => {
    const signedOut = await browser.newPage();
    await signedOut.goto(server.url);
    await signedOut.getByLabel('API key').fill('not a key');
    await signedOut.keyboard.press('Enter');
    assert.deepEqual(await contrastFailures(signedOut), [], 'the sign-in page');
    await signedOut.close();
    await watch.locator(`#detail article[data-alert-id="${houstonId}"]`).waitFor();
    assert.deepEqual(await contrastFailures(watch), [], 'the console with its feed and an alert open');
  });

  test('on a phone: one column within the screen, targets big enough to tap, an alert opens from the feed', async () => {
    const phone = await open('watch-desk');
    await phone.setViewportSize({ width: 390, height: 844 });
    const item = itemAbout(phone, 'Houston').first();
    await item.waitFor({ timeout: 4 * CONSOLE_POLL_MS + 10_000 });
    assert.deepEqual(await layoutProblems(phone), []);
    const map = await phone.locator('#map').boundingBox();
    assert.ok(map && map.width > 300 && map.x + map.width <= 390, `the map fits the screen: ${JSON.stringify(map)}`);
    await item.tap().catch(() => item.click()); // tap needs a touch context; a click is what a tap dispatches
    const detail = phone.locator(`#detail article[data-alert-id="${houstonId}"]`);
    await detail.waitFor({ timeout: 10_000 });
    assert.ok(await detail.isVisible());
    assert.deepEqual(await layoutProblems(phone), [], 'with the detail open');
    assert.deepEqual(await contrastFailures(phone), [], 'contrast on the phone layout');
    await phone.screenshot({ path: path.join(ARTIFACTS, 'console-phone.png'), fullPage: true });
    await phone.close();
  });

  test('once the customer is suspended with the CLI, the next alert does not appear (another customer sees it)', async () => {
    await cli(['contract', 'set-status', 'watch-desk', 'suspended']);
    control = await open('control-desk');
    await breakNews(s, EARTHQUAKE_TEXTS);
    await itemAbout(control, 'Lima')
      .first()
      .waitFor({ timeout: 4 * CONSOLE_POLL_MS + 10_000 });
    // Long enough for the suspended tab to have polled several times since the alert became readable.
    await watch.waitForTimeout(3 * CONSOLE_POLL_MS);
    assert.equal(await itemAbout(watch, 'Lima').count(), 0, 'the suspended customer does not see the new alert');
    assert.equal(await watch.locator('#connection').getAttribute('data-state'), 'live', 'while still polling');

    await watch.reload();
    await watch.locator('#connection[data-state="live"]').waitFor({ timeout: 15_000 });
    await watch.waitForTimeout(CONSOLE_POLL_MS);
    assert.match(await textOf(watch.locator('#notice')), /suspended/);
    assert.equal(await feedItems(watch).count(), 0, 'a suspended customer reads nothing at all');
  });

  test("a second customer's key does not see the first one's alerts", async () => {
    const tokyo = await open('tokyo-bureau');
    assert.match(await textOf(tokyo.locator('#who')), /Tokyo Bureau/);
    await tokyo.waitForTimeout(2 * CONSOLE_POLL_MS);
    assert.equal(await feedItems(tokyo).count(), 0, 'nothing outside its regions');
    assert.equal(await tokyo.locator('#map .marker').count(), 0);
    const other = await tokyo.evaluate(
      async ([id, key]) => (await fetch(`v1/alerts/${id}`, { headers: { authorization: `Bearer ${key}` } })).status,
      [houstonId, keys['tokyo-bureau']!] as const,
    );
    assert.equal(other, 404, "the first customer's alert, asked for by id");
  });

  test('a dropped connection is shown, and the feed resumes when it is back', async () => {
    await browser.setOffline(true);
    await control.locator('#connection[data-state="offline"]').waitFor({ timeout: 4 * CONSOLE_POLL_MS });
    assert.match(await textOf(control.locator('#connection')), /Connection lost/);
    assert.deepEqual(await contrastFailures(control), [], 'the dropped-connection state is readable');
    await browser.setOffline(false);
    await control.locator('#connection[data-state="live"]').waitFor({ timeout: 20_000 });
  });
});
