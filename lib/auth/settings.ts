// The settings better-auth is built from: the secret, the public URL and the session lifetimes.
import { randomBytes } from "node:crypto";
import { EnvError, getEnv, type Env } from "@/lib/env";

export type AuthSettings = {
  secret: string;
  baseUrl: string;
  secureCookies: boolean;
  maxAgeSeconds: number;
  idleSeconds: number;
};

// Tests and a bare `next dev` without the launcher: a secret for this process only (sessions end
// with it). The launcher keeps a development secret in .data/ so that restarts keep sessions.
let processSecret: string | undefined;

export function authSettings(env: Env = getEnv()): AuthSettings {
  const production = env.NODE_ENV === "production";
  const missing = [!env.AUTH_SECRET && "AUTH_SECRET", !env.APP_URL && "APP_URL"].filter(Boolean);
  if (production && missing.length) {
    throw new EnvError(
      `Invalid configuration:\n${missing.map((name) => `  ${name}: required in production`).join("\n")}\n` +
        "AUTH_SECRET signs sessions (openssl rand -base64 32); APP_URL is the dashboard's public URL. See .env.example.",
    );
  }
  processSecret ??= randomBytes(32).toString("base64");
  const baseUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  return {
    secret: env.AUTH_SECRET ?? processSecret,
    baseUrl,
    secureCookies: baseUrl.startsWith("https://"),
    maxAgeSeconds: env.SESSION_MAX_AGE_HOURS * 3600,
    idleSeconds: env.SESSION_IDLE_HOURS * 3600,
  };
}
