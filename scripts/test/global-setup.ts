// Once per `vitest run`: a real PostgreSQL and a template database with every migration applied.
// Each test file then gets its own copy of the template (database-per-file.ts): files are isolated
// from each other, and a copy takes milliseconds instead of a migration run.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { startTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate: string;
    testDatabaseAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = `levers_test_template_${process.pid}`;
  const admin = new pg.Client(server.urlFor("postgres"));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await applyMigrations(server.urlFor(template));
  // A template cannot be copied while anyone is connected to it.
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [template]);
  project.provide("testDatabaseTemplate", template);
  project.provide("testDatabaseAdminUrl", server.urlFor("postgres"));

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2",
      [`levers_test_${process.pid}_%`, template],
    );
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await server.stop();
  };
}
