// For big loads: building an index once over the loaded rows is far faster than updating it row by
// row (above all the GIN indexes on the transcript and phone numbers). The definitions are read
// from the database and replayed verbatim, so the schema ends exactly as the migrations made it.
import type pg from "pg";

export type IndexDefinition = { name: string; definition: string };

/** The `calls` indexes that do not back a constraint (the primary key and unique id stay). */
export async function listDroppableIndexes(client: pg.Client): Promise<IndexDefinition[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(`
    SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'calls'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      AND i.indexname <> 'calls_provider_call_id_key'
    ORDER BY i.indexname`);
  return rows;
}

export async function dropIndexes(client: pg.Client, indexes: IndexDefinition[]): Promise<void> {
  for (const { name } of indexes) await client.query(`DROP INDEX IF EXISTS "${name}"`);
}

/** Recreates the indexes over `clients` in parallel, the slowest (GIN) first. */
export async function createIndexes(clients: pg.Client[], indexes: IndexDefinition[]): Promise<void> {
  const queue = [...indexes].sort((a, b) => Number(b.definition.includes("gin")) - Number(a.definition.includes("gin")));
  await Promise.all(
    clients.map(async (client) => {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next.definition);
    }),
  );
}
