/**
 * AWS SDK clients for the handlers and the CLI. In Lambda the defaults apply;
 * locally the endpoints point at DynamoDB Local and fauxqs. Either way the
 * same handler code runs.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface AwsEndpoints {
  region: string;
  dynamoEndpoint?: string;
  /** SQS and SNS (fauxqs serves both on one endpoint). */
  messagingEndpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface AwsClients {
  ddb: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  sqs: SQSClient;
  sns: SNSClient;
}

export function createClients(e?: AwsEndpoints): AwsClients {
  const base = e ? { region: e.region, ...(e.credentials ? { credentials: e.credentials } : {}) } : {};
  const ddb = new DynamoDBClient({ ...base, ...(e?.dynamoEndpoint ? { endpoint: e.dynamoEndpoint } : {}) });
  const messaging = e?.messagingEndpoint ? { endpoint: e.messagingEndpoint } : {};
  return {
    ddb,
    doc: DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } }),
    sqs: new SQSClient({ ...base, ...messaging }),
    sns: new SNSClient({ ...base, ...messaging }),
  };
}

export function destroyClients(c: AwsClients): void {
  c.doc.destroy();
  c.ddb.destroy();
  c.sqs.destroy();
  c.sns.destroy();
}
