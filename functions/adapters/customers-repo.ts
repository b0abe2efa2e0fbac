import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Customer, CustomerSchema, type SourcePolicy, SourcePolicySchema } from '../domain/customer';

const CUSTOMER = 'customer';
const POLICY = 'policy';
const policyId = (p: Pick<SourcePolicy, 'source' | 'sector'>) => `${p.source}#${p.sector}`;

/** Customers and source usage policies (see TABLES.customers for why they share a table). */
export class CustomersRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private async queryAll(kind: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'kind = :k',
          ExpressionAttributeValues: { ':k': kind },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      out.push(...(r.Items ?? []));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async put(c: Customer): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.table, Item: { kind: CUSTOMER, ...CustomerSchema.parse(c) } }),
    );
  }

  async get(id: string): Promise<Customer | undefined> {
    const r = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { kind: CUSTOMER, id }, ConsistentRead: true }),
    );
    return r.Item ? CustomerSchema.parse(r.Item) : undefined;
  }

  async list(): Promise<Customer[]> {
    return (await this.queryAll(CUSTOMER)).map((i) => CustomerSchema.parse(i));
  }

  async putPolicy(p: SourcePolicy): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { kind: POLICY, id: policyId(p), ...SourcePolicySchema.parse(p) },
      }),
    );
  }

  async listPolicies(): Promise<SourcePolicy[]> {
    return (await this.queryAll(POLICY)).map((i) => SourcePolicySchema.parse(i));
  }
}
