/** The Bluesky connector Lambda: one shift of reading Jetstream into the ingest queue (connectors/shift-handler.ts). */
import type { Context } from 'aws-lambda';
import { JETSTREAM } from '../../resources';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { type Config, loadConfig } from '../commons/config';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { startJetstream } from '../connectors/jetstream/connector';
import { createShiftHandler } from '../connectors/shift-handler';

export function createBlueskyHandler(
  config: Config<'blueskyConnector'>,
  t: Telemetry,
  clients: AwsClients = createClients(),
  endpoints: readonly string[] = JETSTREAM.endpoints,
) {
  return createShiftHandler({
    lease: 'bluesky',
    config,
    t,
    clients,
    start: (deps) => startJetstream({ ...deps, endpoints }),
  });
}

let handle: ReturnType<typeof createBlueskyHandler> | undefined;
export const handler = (event: unknown, context: Context) => {
  handle ??= createBlueskyHandler(loadConfig('blueskyConnector'), createTelemetry());
  return handle(event, context);
};
