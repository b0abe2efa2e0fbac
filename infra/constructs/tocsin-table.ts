import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { type KeyDef, TABLES, type TableDef, type TableName } from '../../resources';
import { acknowledgeNag } from './nag';

const attr = (k: KeyDef): dynamodb.Attribute => ({
  name: k.name,
  type: k.type === 'N' ? dynamodb.AttributeType.NUMBER : dynamodb.AttributeType.STRING,
});

/** A table from its definition (resources/tables.ts): on demand, encrypted, named and keyed as defined. */
export class TocsinTable extends dynamodb.Table {
  readonly def: TableDef;

  constructor(
    scope: Construct,
    readonly kind: TableName,
    /** Indexes an upgrade keeps for one deploy beside the definition's own (RETIRED_LEDGER_INDEX). */
    retiredIndexes: NonNullable<TableDef['globalIndexes']> = [],
  ) {
    const def: TableDef = TABLES[kind];
    // Tables worth backing up are worth keeping; the others hold TTL'd scratch state.
    if (!def.pointInTimeRecovery && !def.ttlAttribute)
      throw new Error(`${def.id}: a table without backups must expire its items`);
    super(scope, def.id, {
      // Physical name = the definition's id: the admin CLI (--aws) and the local environment address tables by it.
      tableName: def.id,
      partitionKey: attr(def.partitionKey),
      ...(def.sortKey ? { sortKey: attr(def.sortKey) } : {}),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: def.pointInTimeRecovery },
      ...(def.ttlAttribute ? { timeToLiveAttribute: def.ttlAttribute } : {}),
      ...(def.stream === 'NEW_IMAGE' ? { stream: dynamodb.StreamViewType.NEW_IMAGE } : {}),
      // Records worth backing up are worth keeping: retained with the stack, and
      // undeletable until someone turns the protection off on purpose.
      removalPolicy: def.pointInTimeRecovery ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      deletionProtection: def.pointInTimeRecovery,
    });
    this.def = def;
    for (const gsi of [...(def.globalIndexes ?? []), ...retiredIndexes]) {
      this.addGlobalSecondaryIndex({
        indexName: gsi.name,
        partitionKey: attr(gsi.partitionKey),
        ...(gsi.sortKey ? { sortKey: attr(gsi.sortKey) } : {}),
        projectionType:
          gsi.projection === 'KEYS_ONLY' ? dynamodb.ProjectionType.KEYS_ONLY : dynamodb.ProjectionType.ALL,
      });
    }
    if (!def.pointInTimeRecovery) {
      acknowledgeNag(this, {
        id: 'AwsSolutions-DDB3',
        reason: `The ${def.id} table holds only short-lived state that expires via TTL (${def.ttlAttribute}) and is rebuilt from the firehose; point-in-time recovery would restore nothing of value.`,
      });
    }
  }
}
