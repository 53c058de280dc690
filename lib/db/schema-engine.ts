// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// This is what `prisma migrate` runs, minus the native binary Prisma downloads from its CDN
// (which air-gapped hosts, and these machines, cannot reach). See README "Migrations".
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

export type SchemaEngine = SchemaEngineType;

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<Bindings> | undefined;

// The package imports its .wasm as an ES module, which Node 20 only allows behind
// --experimental-wasm-modules; instantiating it by hand works on every supported Node.
async function loadBindings(): Promise<Bindings> {
  const bg: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
  bg.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  return bg;
}

// PostgreSQL's catalogs use the one-byte type "char" (OID 18: pg_class.relkind, pg_constraint.contype,
// ...), which the engine reads when it describes a database. @prisma/adapter-pg 7.10 has no mapping
// for it and fails those queries. So the pg client reports such columns as text (what pg already
// parsed them into) and remembers where they were; the adapter's answer then marks them Character,
// the column type the engine expects for "char".
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

type FieldsAndRows = { fields?: { dataTypeID: number }[]; rows?: object };

function hideCharColumns<T>(result: T): T {
  const { fields = [], rows } = (result ?? {}) as FieldsAndRows;
  const charColumns = fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
  if (charColumns.length === 0 || !rows) return result;
  for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  charColumnsByRows.set(rows, charColumns);
  return result;
}

// pg-pool calls client.query with a callback; a transaction's client is awaited as a promise.
function reportCharAsText(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : hideCharColumns(result));
    }
    const pending = query(...args);
    return pending instanceof Promise ? pending.then(hideCharColumns) : pending;
  };
  client.query = patched as typeof client.query;
}

type Queryable = { queryRaw: (query: SqlQuery) => Promise<SqlResultSet> };

function markCharColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  if ("startTransaction" in queryable && typeof queryable.startTransaction === "function") {
    const startTransaction = queryable.startTransaction.bind(queryable) as (...a: unknown[]) => Promise<Queryable>;
    Object.assign(queryable, { startTransaction: async (...a: unknown[]) => markCharColumns(await startTransaction(...a)) });
  }
  return queryable;
}

type ScriptRunner = { executeScript: (script: string) => Promise<void>; underlyingDriver: () => pg.Pool };

// The adapter runs a migration script by splitting it at every `;`, which cuts a hand-written
// function body (`$$ ... ; ... $$`) apart. PostgreSQL takes the whole script as one simple query
// instead (one implicit transaction: a failing migration leaves nothing half applied).
function runScriptsWhole<T extends ScriptRunner>(adapter: T): T {
  adapter.executeScript = async (script) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}

function connectPg(config: pg.ClientConfig) {
  const pool = new pg.Pool({ ...config, max: 2 });
  pool.on("connect", reportCharAsText);
  return new PrismaPg(pool, { disposeExternalPool: true }).connect().then(markCharColumns).then(runScriptsWhole);
}

// The adapter's own shadow database copies the pool's options, which drops the password (pg-pool
// hides it) and lets a `connectionString` win over the shadow's database name, replaying the
// migrations into the real database. So the shadow database is made here, from the URL's parts.
async function connectShadowDb(config: pg.ClientConfig) {
  const admin = new pg.Client(config);
  await admin.connect();
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const shadow = await connectPg({ ...config, database: name });
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`).finally(() => admin.end());
  };
  return shadow;
}

type Disposable = { dispose: () => Promise<void> };

function adapterFactory(connectionString: string, opened: Disposable[]) {
  const config = { ...parseIntoClientConfig(connectionString) };
  const base = new PrismaPg(connectionString);
  const factory: typeof base = Object.create(base);
  const track = <T extends Disposable>(adapter: T) => (opened.push(adapter), adapter);
  factory.connect = () => connectPg(config).then(track);
  factory.connectToShadowDb = () => connectShadowDb(config);
  return bindMigrationAwareSqlAdapterFactory(factory);
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Runs `work` with the schema engine on `connectionString` and the schema file as its datamodel,
 * then frees the engine and closes every connection it opened.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  schemaFile: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const opened: Disposable[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaFile.path, schemaFile.content]] },
    () => {},
    adapterFactory(connectionString, opened),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}
