import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { FUNCTIONS } from '../../resources';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './emulators';

/** A Lambda context for handlers run locally, with the deadline the deployed function would have. */
export function localContext(functionName: string): Context {
  const fn = Object.values(FUNCTIONS).find((f) => f.id === functionName);
  const deadline = Date.now() + (fn?.timeoutSeconds ?? 30) * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${functionName}`,
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
