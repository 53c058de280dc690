// The one better-auth instance: email and password, sessions in PostgreSQL through Prisma.
// Only the library's server API is used (lib/auth/sign-in.ts, session.ts): no catch-all HTTP
// handler is mounted, so the only auth endpoints are ours (/api/auth/sign-in, /api/auth/sign-out).
import "server-only";
import { prismaAdapter } from "@better-auth/prisma-adapter";
import { betterAuth } from "better-auth";
import { getDb } from "@/lib/db";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";
import { authSettings } from "./settings";

function createAuth() {
  const settings = authSettings();
  return betterAuth({
    appName: "Call outcomes",
    baseURL: settings.baseUrl,
    secret: settings.secret,
    trustedOrigins: [settings.baseUrl],
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (or /setup), never by the visitor.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    session: {
      // The absolute lifetime; idle expiry is ours (session.ts), measured from the last request.
      expiresIn: settings.maxAgeSeconds,
      disableSessionRefresh: true,
      // Every request reads the session row, so a deactivation or sign-out holds from the next request.
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "agent" },
        active: { type: "boolean", input: false, defaultValue: true },
      },
    },
    advanced: {
      useSecureCookies: settings.secureCookies,
      database: { generateId: () => crypto.randomUUID() },
    },
    logger: { level: "warn" },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { auth?: Auth };

/** The shared instance, created on first use (it reads the configuration and the database). */
export function getAuth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
