// Imported first by every script: loads .env, .env.local, .env.development... exactly as Next.js
// does for the app, so the launcher (which decides whether to start the embedded PostgreSQL) and the
// scripts see the same configuration as the dashboard. Variables already set in the shell win.
import path from "node:path";
import nextEnv from "@next/env";

const production = process.env.NODE_ENV === "production" || process.argv.includes("--production");
nextEnv.loadEnvConfig(path.resolve(import.meta.dirname, ".."), !production, { info: () => {}, error: console.error });
