import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { Prisma } from "@/lib/generated/prisma/client";
import { exportCopySql } from "@/lib/calls/export-sql";
import { inlineSql } from "@/lib/calls/inline-sql";
import { withDatabase } from "../db/with-database";
await withDatabase(async (url) => {
  const client = new pg.Client(url); await client.connect();
  await client.query("SET enable_sort = off");
  const sql = await inlineSql(client, exportCopySql(Prisma.sql`TRUE`));
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of client.query(copyTo(sql))) bytes += (chunk as Buffer).length;
  console.log(`raw COPY: ${(bytes / 1048576).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await client.end();
});
