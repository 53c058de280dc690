// npm run db:migrate - apply pending migrations (what `prisma migrate deploy` does, offline).
import "../load-env";
import { applyMigrations } from "@/lib/db/migrations";
import { withDatabase } from "./with-database";

const applied = await withDatabase(applyMigrations);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
