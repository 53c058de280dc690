// Development only: a random AUTH_SECRET made once and kept in .data/auth-secret (readable by its
// owner only), so that restarting `npm run dev` keeps everyone signed in. Production must set one.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function developmentAuthSecret(projectRoot: string): string {
  const file = path.join(projectRoot, ".data", "auth-secret");
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
