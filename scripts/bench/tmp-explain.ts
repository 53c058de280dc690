import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { exportCopySql } from "@/lib/calls/export-sql";
import { inlineSql } from "@/lib/calls/inline-sql";
import { withDatabase } from "../db/with-database";
await withDatabase(async (url) => {
  const client = new pg.Client(url); await client.connect();
  const copy = await inlineSql(client, exportCopySql(Prisma.sql`TRUE`));
  const select = copy.replace(/^COPY \(/, "").replace(/\) TO STDOUT WITH \(FORMAT csv, HEADER true\)$/, "");
  await client.query("SET enable_sort = off");
  const { rows } = await client.query(`EXPLAIN ${select}`);
  console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
  const size = await client.query("SELECT pg_size_pretty(pg_total_relation_size('calls')) AS s, (SELECT avg(length(transcription)) FROM (SELECT transcription FROM calls LIMIT 1000) x) AS t");
  console.log(size.rows);
  await client.end();
});
