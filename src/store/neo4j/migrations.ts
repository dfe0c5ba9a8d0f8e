import { Neo4jError } from 'neo4j-driver';
import type { Migration } from './cypher-registry';
import { mapNeo4jError } from './map-neo4j-error';
import { readTx, writeTx, type Neo4jContext } from './neo4j-context';

/** Two migrators racing on the same IF NOT EXISTS command: the loser's failure means "done". */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

const INDEX_WAIT_SECONDS = 300;

/** The version recorded in `(:SchemaVersion {id:'newsgraph'})`, or null before any migration. */
export async function readSchemaVersion(ctx: Neo4jContext): Promise<number | null> {
  const rows = await readTx(ctx, (tx) => tx.run('schema/get-version'));
  const version = rows[0]?.version;
  return typeof version === 'number' ? version : null;
}

/**
 * Applies the migrations newer than the recorded version, waits for new indexes to come online
 * (the full-text search needs them) and records the version. Every command is IF NOT EXISTS,
 * so running twice, or from two processes at once, ends in the same schema.
 */
export async function migrateSchema(ctx: Neo4jContext): Promise<number> {
  const { migrations } = ctx.cypher;
  const latest = migrations.at(-1)?.version ?? 0;
  const current = (await readSchemaVersion(ctx)) ?? 0;
  if (current >= latest && current > 0) return current;
  for (const migration of migrations.filter((m) => m.version > current)) {
    await applyMigration(ctx, migration);
  }
  await writeTx(ctx, (tx) =>
    tx.run('schema/await-indexes', { timeoutSeconds: INDEX_WAIT_SECONDS }),
  );
  const rows = await writeTx(ctx, (tx) =>
    tx.run('schema/record-version', { version: latest, appliedAt: new Date().toISOString() }),
  );
  return Number(rows[0]?.version ?? latest);
}

async function applyMigration(ctx: Neo4jContext, migration: Migration): Promise<void> {
  for (const statement of migration.statements) {
    const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite((tx) => tx.run(statement));
    } catch (error) {
      if (error instanceof Neo4jError && ALREADY_THERE.has(error.code)) continue;
      const mapped = mapNeo4jError(error, ctx.address);
      if (mapped instanceof Error && mapped === error) {
        mapped.message = `Migration ${migration.name} failed: ${mapped.message}`;
      }
      throw mapped;
    } finally {
      await session.close();
    }
  }
}
