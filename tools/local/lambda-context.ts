import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { type AccountRegion, FUNCTIONS } from '../../resources';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './emulators';

/** The emulators' account and region. */
export const LOCAL_WHERE: AccountRegion = { partition: 'aws', region: LOCAL_REGION, account: LOCAL_ACCOUNT };

/**
 * A Lambda context for handlers run locally, with the deadline the deployed
 * function would have; its ARN names `where` (the emulators' account and
 * region unless told), as the fan-out derives customer topics from it.
 */
export function localContext(functionName: string, where: AccountRegion = LOCAL_WHERE): Context {
  const fn = Object.values(FUNCTIONS).find((f) => f.id === functionName);
  const deadline = Date.now() + (fn?.timeoutSeconds ?? 30) * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:${where.partition}:lambda:${where.region}:${where.account}:function:${functionName}`,
    memoryLimitInMB: String(fn?.memoryMb ?? 128),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
