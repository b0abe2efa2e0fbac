/**
 * CDK app entry (cdk.json: `node --import tsx infra/app.ts`).
 *
 * Env-agnostic and lookup-free: `npx cdk synth` works offline. Context:
 *   -c alarmEmail=ops@example.com   subscribe an address to the ops alarm topic
 */
import { App } from 'aws-cdk-lib';
import { buildApp } from './stack';

const app = new App();
buildApp(app, { alarmEmail: app.node.tryGetContext('alarmEmail') as string | undefined });
app.synth();
