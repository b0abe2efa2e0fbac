/**
 * The one definition of every resource's settings. The CDK stack (infra/) and
 * the local environment (tools/local/) both build from these, and the
 * functions read their names from them, so what runs on a laptop is what runs
 * in AWS. Free of aws-cdk-lib on purpose: the handlers import it.
 */
export * from './api';
export * from './functions';
export * from './queues';
export * from './retention';
export * from './roles';
export * from './tables';
export * from './topics';
