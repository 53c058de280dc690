// npm run users:create -- --email <email> --role <admin|manager|agent> --password-stdin
// Creates a user from a shell (servers without a browser). The password is read from standard
// input, never from the command line (where `ps` and the shell history would keep it).
// Exit 0 when created; 1 with a clear message when the email exists, the role is unknown or the
// password is too weak; 2 for a wrong command line.
import "../load-env";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { disconnectDb } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrations";
import { ApiError } from "@/lib/http/errors";
import { createUser } from "@/lib/users/create-user";
import { withDatabase } from "../db/with-database";

const USAGE = "Usage: printf '%s' \"$PASSWORD\" | npm run users:create -- --email <email> --role <admin|manager|agent> --password-stdin";

let args;
try {
  args = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, "password-stdin": { type: "boolean" } } }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  process.exit(2);
}
if (!args.email || !args.role || !args["password-stdin"]) {
  console.error(USAGE);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  // One trailing newline (from `echo`) is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

const password = await readStdin();
const code = await withDatabase(async (databaseUrl) => {
  process.env.DATABASE_URL = databaseUrl;
  reloadEnv();
  await applyMigrations(databaseUrl);
  try {
    const user = await createUser(
      { email: args.email, password, role: args.role },
      { actor: { id: null, email: "users:create (shell)" }, origin: { ipAddress: null, userAgent: "npm run users:create" } },
    );
    console.log(`Created ${user.email} (${args.role}).`);
    return 0;
  } catch (error) {
    if (error instanceof ZodError) console.error(error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join("\n"));
    else if (error instanceof ApiError) console.error(error.message);
    else throw error;
    return 1;
  } finally {
    await disconnectDb();
  }
});
process.exit(code);
