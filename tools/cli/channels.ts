/** `npm run tocsin -- channels ...`: customers' signed webhooks, Slack and Teams channels. */
import { CHANNEL_KINDS, ChannelKind } from '../../functions/domain/channels/channel';
import { addChannel, channelAdmin, removeChannel } from '../admin/channels';
import type { AdminContext } from '../admin/context';
import { requireCustomer } from '../admin/customers';
import { need, oneOf, print, table, type Values } from './tocsin';

export async function channelsCommand(ctx: AdminContext, values: Values, pos: string[]): Promise<void> {
  const admin = channelAdmin(ctx);
  const customerId = need(pos, 2, 'customer ID');
  switch (pos[1]) {
    case 'add': {
      const kind = oneOf(ChannelKind, pos[3], 'channel kind', CHANNEL_KINDS);
      const url = need(pos, 4, 'URL');
      const r = await addChannel(ctx, admin, {
        customerId,
        kind,
        url,
        allowLocalHttp: Boolean(values['allow-local-http']),
      });
      print(values, r, () =>
        [
          `channel ${r.channel.channelId} (${kind}) added for ${customerId}: ${r.channel.display}`,
          ...(r.signingSecret
            ? [
                `signing secret (shown once; verify Tocsin-Signature with it, docs/channels.md):`,
                `  ${r.signingSecret}`,
              ]
            : []),
        ].join('\n'),
      );
      return;
    }
    case 'list': {
      await requireCustomer(ctx, customerId);
      const cs = await admin.channels.listByCustomer(customerId);
      print(values, cs, () =>
        table(cs.map((c) => ({ channelId: c.channelId, kind: c.kind, endpoint: c.display, createdAt: c.createdAt }))),
      );
      return;
    }
    case 'remove': {
      const channelId = need(pos, 3, 'CHANNEL_ID');
      await removeChannel(ctx, admin, customerId, channelId);
      print(values, { removed: channelId }, () => `channel ${channelId} of ${customerId} removed (its secret too)`);
      return;
    }
    case 'deliveries': {
      await requireCustomer(ctx, customerId);
      const recs = await admin.outcomes.listByCustomer(customerId, values.alert);
      print(values, recs, () =>
        table(
          recs.map((r) => ({
            updatedAt: r.updatedAt,
            alertId: r.alertId,
            v: r.version,
            channelId: r.channelId,
            outcome: r.outcome,
            attempts: r.attempts,
            status: r.status ?? '',
            reason: (r.reason ?? '').slice(0, 100),
          })),
        ),
      );
      return;
    }
  }
}
