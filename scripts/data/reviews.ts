// npm run data:reviews -- [--reviewed 0.05] [--corrected 1] [--seed 42]
// Adds reviews to the calls of the configured database (DATABASE_URL, or the embedded PostgreSQL of
// `npm run dev`): a share of the calls reviewed, a share of those corrected (add-reviews.ts).
import "../load-env";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { withDatabase } from "../db/with-database";
import { addReviews } from "./add-reviews";

const argsSchema = z.object({
  reviewed: z.coerce.number().min(0).max(1).default(0.05),
  corrected: z.coerce.number().min(0).max(1).default(1),
  seed: z.coerce.number().int().min(0).default(42),
});
const { values } = parseArgs({ options: { reviewed: { type: "string" }, corrected: { type: "string" }, seed: { type: "string" } } });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(`Usage: npm run data:reviews -- [--reviewed 0.05] [--corrected 1] [--seed N]\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}

await withDatabase(async (databaseUrl) => {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const started = Date.now();
    await client.query("SET synchronous_commit = off");
    const result = await addReviews(client, parsed.data);
    console.log(`Reviewed ${result.reviewed.toLocaleString("en")} calls, corrected ${result.corrected.toLocaleString("en")}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The visibility map, for the analytics' index-only scans (the corrections rewrote those rows).
    await client.query("VACUUM (ANALYZE) calls");
    await client.query("ANALYZE call_reviews; ANALYZE call_tags; ANALYZE call_review_changes");
    console.log(`Vacuumed by ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
});
