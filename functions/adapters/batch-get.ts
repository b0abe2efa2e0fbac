import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Every item of `keys` that exists, read with strongly consistent
 * BatchGetItem calls of up to 100 keys; keys DynamoDB leaves unprocessed
 * (throttling, the 16 MB response limit) are asked again after a growing
 * pause, and their loss is an error, never a silent absence.
 */
export async function batchGetAll(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: readonly Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  await Promise.all(
    Array.from({ length: Math.ceil(keys.length / 100) }, async (_, i) => {
      let left: Record<string, unknown>[] = keys.slice(i * 100, i * 100 + 100);
      for (let attempt = 0; left.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`${table}: ${left.length} keys left unprocessed by BatchGetItem`);
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const r = await doc.send(
          new BatchGetCommand({ RequestItems: { [table]: { Keys: left, ConsistentRead: true } } }),
        );
        out.push(...(r.Responses?.[table] ?? []));
        left = r.UnprocessedKeys?.[table]?.Keys ?? [];
      }
    }),
  );
  return out;
}
