// npm run db:migration -- <name> - write a migration for what changed in prisma/schema.prisma
// (what `prisma migrate dev --create-only` does, offline). Review the SQL, then `npm run db:migrate`.
import "../load-env";
import path from "node:path";
import { createMigration } from "@/lib/db/migrations";
import { projectRoot, withDatabase } from "./with-database";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   e.g. npm run db:migration -- add_call_tags");
  process.exit(2);
}
const dir = await withDatabase((url) => createMigration(url, name));
console.log(
  dir
    ? `Created ${path.relative(projectRoot, dir)}/migration.sql - review it, then run npm run db:migrate.`
    : "schema.prisma and the migrations agree: no migration needed.",
);
