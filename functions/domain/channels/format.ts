/**
 * What each channel receives for one alert version:
 * - webhook: the alert JSON SNS subscribers get (AlertPayload: the alert,
 *   customerId, deliveryId), signed (signature.ts);
 * - slack: an incoming-webhook message, a Block Kit attachment in the level's colour;
 * - teams: a message with an Adaptive Card (1.4), container style by level.
 * Chat messages carry the headline, level, severity, category, place with its
 * radius, what changed, the representative post's excerpt (language, handle,
 * link; absent once the post or its author is deleted: the alert given here
 * is already the one a reader may show, commons/evidence.ts) and a link to the
 * alert in the console. Customer-visible text is built from the alert only,
 * escaped for each format.
 */
import type { Alert, Level } from '../alert';
import type { Customer } from '../customer';
import { type AlertPayload, deliveryId, evidenceLink, renderSubject } from '../message';
import { type ChannelJob, type ChannelKind, channelDeliveryId } from './channel';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

/** Slack attachment colours: flash red, urgent orange, alert amber. */
export const LEVEL_COLOURS: Record<Level, string> = { flash: '#D0021B', urgent: '#F5720A', alert: '#F2C744' };
/** Adaptive Cards have no free colours: the container styles nearest to them. */
export const LEVEL_STYLES: Record<Level, 'attention' | 'warning' | 'accent'> = {
  flash: 'attention',
  urgent: 'warning',
  alert: 'accent',
};

export interface ChannelRequest {
  body: string;
  headers: Record<string, string>;
}

const clean = (s: string, max: number): string => {
  const t = s
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** Slack mrkdwn: &, < and > are its only control characters. */
const slackText = (s: string, max = 500): string =>
  clean(s, max).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Adaptive Card TextBlocks render a markdown subset: escape its markers so alert text stays text. */
const cardText = (s: string, max = 500): string => clean(s, max).replace(/([\\*_~`[\]#>|-])/g, '\\$1');

export function placeOf(alert: Alert): string {
  const l = alert.location;
  if (!l) return 'unknown';
  const name = l.name.trim() || `${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}`;
  const country = l.country?.toUpperCase();
  const label = country && !name.endsWith(country) ? `${name}, ${country}` : name;
  return l.radiusKm !== undefined ? `${label} (± ${Math.round(l.radiusKm)} km)` : label;
}

/** The alert in the console, when its address is known (a link a channel must only ever point at Tocsin's own origin). */
export function consoleLink(consoleUrl: string | undefined, alertId: string): string | undefined {
  if (!consoleUrl) return undefined;
  const u = new URL(consoleUrl);
  u.hash = `alert=${encodeURIComponent(alertId)}`;
  return u.toString();
}

/** An http(s) link, or undefined (evidence references that are not links are shown as text). */
const httpLink = (s: string): string | undefined => (/^https:\/\/[^\s<>|]+$/.test(s) ? s : undefined);

/** "@handle · es", or "" when the post has neither. */
const byline = (p: NonNullable<Alert['post']>): string =>
  [p.handle ? `@${p.handle}` : '', p.lang].filter(Boolean).join(' · ');

const changesLine = (alert: Alert): string | undefined =>
  alert.changes && alert.changes.length > 0 ? alert.changes.map((c) => c.text).join('; ') : undefined;

export function slackMessage(alert: Alert, consoleUrl: string | undefined): unknown {
  const headline = renderSubject(alert);
  const evidence = alert.evidence[0] ? evidenceLink(alert.evidence[0], alert.sources) : undefined;
  const post = evidence ? (httpLink(evidence) ? `<${evidence}|representative post>` : slackText(evidence, 200)) : '—';
  const rep = alert.post;
  const repLink = rep?.url ? httpLink(rep.url) : undefined;
  const changed = changesLine(alert);
  const link = consoleLink(consoleUrl, alert.alertId);
  const fields = [
    `*Level*\n${slackText(alert.level)}`,
    `*Severity*\n${alert.severity} / 5`,
    `*Category*\n${slackText(alert.category)}`,
    `*Place*\n${slackText(placeOf(alert), 200)}`,
  ];
  return {
    text: slackText(headline),
    attachments: [
      {
        color: LEVEL_COLOURS[alert.level],
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: slackText(headline, 130), emoji: false } },
          { type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text })) },
          ...(changed
            ? [{ type: 'section', text: { type: 'mrkdwn', text: `*What changed:* ${slackText(changed, 600)}` } }]
            : []),
          ...(rep
            ? [
                {
                  type: 'section',
                  text: {
                    type: 'mrkdwn',
                    text: `> ${slackText(rep.text, 300)}\n${slackText(byline(rep), 120)}${repLink ? ` · <${repLink}|open the post>` : ''}`,
                  },
                },
              ]
            : []),
          {
            type: 'section',
            text: { type: 'mrkdwn', text: `*Evidence:* ${post} (${alert.authors} authors, ${alert.posts} posts)` },
          },
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: `${link ? `<${link}|Open in the Tocsin console> · ` : ''}alert ${slackText(alert.alertId, 100)} v${alert.version} · triggered ${slackText(alert.triggeredAt, 40)}`,
              },
            ],
          },
        ],
      },
    ],
  };
}

export function teamsMessage(alert: Alert, consoleUrl: string | undefined): unknown {
  const headline = renderSubject(alert);
  const rep = alert.post;
  const changed = changesLine(alert);
  const evidence = alert.evidence[0] ? evidenceLink(alert.evidence[0], alert.sources) : undefined;
  const link = consoleLink(consoleUrl, alert.alertId);
  const evidenceUrl = evidence ? httpLink(evidence) : undefined;
  // The representative post's own link when it has one, else the first evidence post's.
  const postUrl = (rep?.url ? httpLink(rep.url) : undefined) ?? evidenceUrl;
  const actions = [
    ...(link ? [{ type: 'Action.OpenUrl', title: 'Open in the Tocsin console', url: link }] : []),
    ...(postUrl ? [{ type: 'Action.OpenUrl', title: 'Representative post', url: postUrl }] : []),
  ];
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    msteams: { width: 'Full' },
    body: [
      {
        type: 'Container',
        style: LEVEL_STYLES[alert.level],
        bleed: true,
        items: [{ type: 'TextBlock', text: cardText(headline), weight: 'Bolder', size: 'Medium', wrap: true }],
      },
      ...(rep
        ? [
            {
              type: 'Container',
              items: [
                { type: 'TextBlock', text: cardText(rep.text, 300), wrap: true, isSubtle: false },
                { type: 'TextBlock', text: cardText(byline(rep), 120), wrap: true, isSubtle: true, size: 'Small' },
              ],
            },
          ]
        : []),
      {
        type: 'FactSet',
        facts: [
          { title: 'Level', value: cardText(alert.level) },
          { title: 'Severity', value: `${alert.severity} / 5` },
          { title: 'Category', value: cardText(alert.category) },
          { title: 'Place', value: cardText(placeOf(alert), 200) },
          ...(changed ? [{ title: 'What changed', value: cardText(changed, 600) }] : []),
          {
            title: 'Evidence',
            value: `${evidence && !evidenceUrl ? `${cardText(evidence, 200)}, ` : ''}${alert.authors} authors, ${alert.posts} posts`,
          },
          {
            title: 'Alert',
            value: `${cardText(alert.alertId, 100)} v${alert.version}, triggered ${cardText(alert.triggeredAt, 40)}`,
          },
        ],
      },
    ],
    ...(actions.length > 0 ? { actions } : {}),
  };
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
  };
}

export interface ChannelRequestInput {
  kind: ChannelKind;
  alert: Alert;
  customer: Pick<Customer, 'id'>;
  job: ChannelJob;
  /** Required for webhooks. */
  signingSecret?: string | undefined;
  consoleUrl?: string | undefined;
  now: Date;
}

/** The body and headers of one delivery (the URL comes from the channel's secret). */
export function channelRequest(i: ChannelRequestInput): ChannelRequest {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'Tocsin-Channels/1',
    'Tocsin-Delivery-Id': channelDeliveryId(i.job),
  };
  if (i.kind === 'slack') return { body: JSON.stringify(slackMessage(i.alert, i.consoleUrl)), headers };
  if (i.kind === 'teams') return { body: JSON.stringify(teamsMessage(i.alert, i.consoleUrl)), headers };
  if (!i.signingSecret) throw new Error('a webhook channel needs its signing secret');
  const payload: AlertPayload = {
    ...i.alert,
    customerId: i.customer.id,
    deliveryId: deliveryId(i.alert.alertId, i.alert.version, i.customer.id),
  };
  const body = JSON.stringify(payload);
  return { body, headers: { ...headers, [SIGNATURE_HEADER]: signatureHeader(i.signingSecret, body, i.now) } };
}
