/**
 * CDK app entry (cdk.json: `node --import tsx infra/app.ts`).
 *
 * Env-agnostic and lookup-free: `npx cdk synth` works offline. Context:
 *   -c alarmEmail=ops@example.com   subscribe an address to the ops alarm topic
 *   -c mastodonServers='[{"url":"https://mastodon.social","timelines":["public"],"token":{"secret":"tocsin/mastodon-social"}}]'
 *                                   the Mastodon servers to read (docs/connectors.md)
 *   -c ledgerIndexUpgrade=true      keep the ledger's retired index for one deploy (docs/deploy.md)
 */
import { App } from 'aws-cdk-lib';
import { MASTODON } from '../resources';
import { buildApp } from './stack';

const app = new App();
buildApp(app, {
  alarmEmail: app.node.tryGetContext('alarmEmail') as string | undefined,
  mastodonServers: app.node.tryGetContext(MASTODON.contextKey),
  ledgerIndexUpgrade: app.node.tryGetContext('ledgerIndexUpgrade'),
});
app.synth();
