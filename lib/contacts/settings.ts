// What the contact columns and the calling rules are derived with, from the configuration. Passed
// explicitly wherever they are used, so tests can set them without touching process.env.
import { getEnv, type Env } from "@/lib/env";
import { normalizeLabel } from "@/lib/calls/outcome";

export type ContactSettings = {
  /** Region of numbers without a country code (DEFAULT_PHONE_REGION). */
  phoneRegion: string;
  /** The `requestMetadata` key naming the debt or account (CONTACT_ACCOUNT_KEY), or null. */
  accountKeyName: string | null;
  /** Outcome keys of delivered calls that are not conversations (NON_CONVERSATION_OUTCOMES). */
  nonConversationOutcomes: string[];
  /** Disclosure phrases (DISCLOSURE_PHRASES) and how many leading turns are searched (DISCLOSURE_TURNS). */
  disclosurePhrases: string[];
  disclosureTurns: number;
  /** Days are calendar days of this zone (DASHBOARD_TIMEZONE). */
  timeZone: string;
};

export function contactSettingsOf(env: Env): ContactSettings {
  const outcomes = env.NON_CONVERSATION_OUTCOMES.map((label) => normalizeLabel(label)).filter((key): key is string => key !== null);
  return {
    phoneRegion: env.DEFAULT_PHONE_REGION,
    accountKeyName: env.CONTACT_ACCOUNT_KEY ?? null,
    nonConversationOutcomes: [...new Set(outcomes)].sort(),
    disclosurePhrases: env.DISCLOSURE_PHRASES,
    disclosureTurns: env.DISCLOSURE_TURNS,
    timeZone: env.DASHBOARD_TIMEZONE,
  };
}

// Derived once per configuration, not once per delivery: getEnv() returns the same object until
// reloadEnv() replaces it, and a replaced one derives its own.
const derived = new WeakMap<Env, ContactSettings>();

export function getContactSettings(): ContactSettings {
  const env = getEnv();
  let settings = derived.get(env);
  if (!settings) derived.set(env, (settings = contactSettingsOf(env)));
  return settings;
}

/**
 * The settings the stored contact columns depend on, as one string: when it differs from the one
 * recorded in `contact_state.derived_with`, the backfill derives every call's columns again.
 */
/** Raised whenever derive.ts derives more or differently (2: the stated promise amount), so stored calls are derived again. */
export const DERIVATION_VERSION = 2;

export function derivationFingerprint(settings: ContactSettings): string {
  return JSON.stringify({
    version: DERIVATION_VERSION,
    region: settings.phoneRegion,
    accountKey: settings.accountKeyName,
    phrases: settings.disclosurePhrases,
    turns: settings.disclosureTurns,
  });
}
