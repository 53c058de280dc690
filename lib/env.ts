// The one place that reads process.env. Every variable is listed, with its meaning, in .env.example.
import { z } from "zod";

/** Signs and verifies deliveries in development when LEVERS_WEBHOOK_SECRET is not set. Never used in production. */
export const DEVELOPMENT_WEBHOOK_SECRET = "whsec_bGV2ZXJzLWRhc2hib2FyZC1kZXZlbG9wbWVudC1zZWNyZXQ=";

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { error: "expected true or false" })
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "yes", "on"].includes(value)));

const integer = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: "expected a whole number" })
    .int({ error: "expected a whole number" })
    .min(min, { error: `expected at least ${min}` })
    .max(max, { error: `expected at most ${max}` })
    .default(fallback);

const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: "expected an IANA time zone name such as UTC or Europe/Berlin" },
);

const webhookSecrets = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, { error: "expected whsec_ followed by base64" }))
      .min(1, { error: "expected at least one whsec_ secret" }),
  );

// Lists of labels or phrases: separated by `|` (phrases may hold commas), blanks dropped.
const pipeList = (fallback: string[]) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined ? fallback : value.split("|").map((item) => item.trim()).filter(Boolean)));

export const DEFAULT_DISCLOSURE_PHRASES = ["attempting to collect a debt", "attempt to collect a debt", "this is a debt collector", "debt collector"];
export const DEFAULT_NON_CONVERSATION_OUTCOMES = ["no_answer", "voicemail", "wrong_number"];

// Checked against the phone library's regions where numbers are parsed (lib/contacts/normalize-number.ts):
// importing it here would put its metadata into proxy.ts, which reads this module too.
const regionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "expected a two-letter region code such as US, GB or AE" });

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    blankAsMissing,
    z.string().regex(/^postgres(ql)?:\/\//, { error: "expected a postgresql:// connection URL" }).optional(),
  ),
  DATABASE_POOL_SIZE: integer(10, 1, 200),
  DATABASE_CONNECT_TIMEOUT_MS: integer(3000, 100, 25_000),
  // 16: each delivery waits for its commit's WAL flush; more connections share one flush (bench:ingest).
  INGEST_POOL_SIZE: integer(16, 1, 50),
  READ_STATEMENT_TIMEOUT_MS: integer(10_000, 100, 600_000),
  EXPORT_CONCURRENCY: integer(2, 1, 50),
  EXPORT_STREAMS: integer(2, 1, 16),
  EXPORT_SPOOL_DIR: z.preprocess(blankAsMissing, z.string().optional()),
  EMBEDDED_POSTGRES_DIR: z.preprocess(blankAsMissing, z.string().default(".data/postgres")),
  EMBEDDED_POSTGRES_PORT: integer(54329, 1024, 65535),
  DEMO_DATA: flag(true),
  LEVERS_WEBHOOK_SECRET: z.preprocess(blankAsMissing, webhookSecrets.optional()),
  WEBHOOK_MAX_BODY_BYTES: integer(1024 * 1024, 1024, 100 * 1024 * 1024),
  WEBHOOK_DELIVERY_RETENTION_DAYS: integer(90, 1, 3650),
  DASHBOARD_TIMEZONE: z.preprocess(blankAsMissing, timeZone.default("UTC")),
  /** Where the server listens; the launcher passes it to Next.js (default 127.0.0.1 for dev, 0.0.0.0 for start). */
  HOST: z.preprocess(blankAsMissing, z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, { error: "expected a host name or IP address" }).optional()),
  PORT: integer(3000, 1, 65535),
  /** Signs session cookies. Required in production; in development the launcher keeps one in .data/. */
  AUTH_SECRET: z.preprocess(blankAsMissing, z.string().min(32, { error: "expected at least 32 characters (e.g. openssl rand -base64 32)" }).optional()),
  /** The public URL of the dashboard (cookies, redirects, HSTS). Required in production. */
  APP_URL: z.preprocess(
    blankAsMissing,
    z.url({ protocol: /^https?$/, error: "expected the dashboard's public http(s) URL, e.g. https://calls.example.com" })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  SESSION_MAX_AGE_HOURS: integer(12, 1, 24 * 30),
  SESSION_IDLE_HOURS: integer(2, 1, 24 * 30),
  /** Region of phone numbers written without a country code (lib/contacts/normalize-number.ts). */
  DEFAULT_PHONE_REGION: z.preprocess(blankAsMissing, regionCode.default("US")),
  /** The `requestMetadata` key that names the debt or account a call is about (e.g. extra_id); unset: none. */
  CONTACT_ACCOUNT_KEY: z.preprocess(blankAsMissing, z.string().trim().max(200).optional()),
  /** Outcome keys of delivered calls that did not reach the person (not a conversation), `|`-separated. */
  NON_CONVERSATION_OUTCOMES: z.preprocess(blankAsMissing, pipeList(DEFAULT_NON_CONVERSATION_OUTCOMES)),
  /** Phrases of the debt-collector disclosure, `|`-separated, matched in the AI's first turns. */
  DISCLOSURE_PHRASES: z.preprocess(blankAsMissing, pipeList(DEFAULT_DISCLOSURE_PHRASES)),
  /** How many turns from the start of a transcript are searched for a disclosure (the AI's among them). */
  DISCLOSURE_TURNS: integer(4, 1, 100),
  RECORDING_URL_TEMPLATE: z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(/^https?:\/\/.*\{key\}/, { error: "expected an http(s) URL template containing {key} (and optionally {bucket})" })
      .optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses a set of variables; throws an EnvError naming each bad variable and what it expects. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
  throw new EnvError(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
}

let cached: Env | undefined;

/** The validated configuration of this process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Re-reads process.env: for the launcher, which sets DATABASE_URL once it has started PostgreSQL. */
export function reloadEnv(): Env {
  cached = undefined;
  return getEnv();
}
