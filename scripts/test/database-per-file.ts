// Before each test file: a fresh database copied from the migrated template, as DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";

const template = inject("testDatabaseTemplate");
const adminUrl = inject("testDatabaseAdminUrl");
const name = `levers_test_${template.split("_").pop()}_${randomBytes(4).toString("hex")}`;

const admin = new pg.Client(adminUrl);
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
/** The admin connection of the test server, for tests that create databases of their own. */
process.env.TEST_DATABASE_ADMIN_URL = adminUrl;

afterAll(async () => {
  await disconnectDb();
  const cleanup = new pg.Client(adminUrl);
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await cleanup.end();
});
