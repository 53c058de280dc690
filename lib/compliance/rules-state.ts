import "server-only";
// Whether the calling-rule flags (calling_rule_flags) can be read: the contact columns must be filled
// with the current settings (the backfill, lib/contacts/backfill.ts), and the flags built for the
// current time zone and conversation outcomes. A build is a few seconds at a million calls; it runs
// at first use and after either setting changes, like the analytics roll-up (lib/analytics/day-cube.ts).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { derivationFingerprint, type ContactSettings } from "@/lib/contacts/settings";

export type RulesReadiness = { ready: true } | { ready: false; reason: "backfilling" };

const stateSchema = z.object({
  derivedWith: z.string().nullable(),
  rulesZone: z.string().nullable(),
  rulesNonConversation: z.array(z.string()).nullable(),
});

async function readState() {
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT derived_with AS "derivedWith", rules_zone AS "rulesZone", rules_non_conversation AS "rulesNonConversation"
    FROM contact_state WHERE id = 1`;
  return stateSchema.parse(rows[0] ?? { derivedWith: null, rulesZone: null, rulesNonConversation: null });
}

const sameList = (a: string[] | null, b: string[]) => a !== null && a.length === b.length && a.every((item, i) => item === b[i]);

/** Rebuilds the flags for `settings` unless they already are (or a concurrent request just did it). */
export async function rebuildCallingRules(settings: ContactSettings): Promise<void> {
  await getDb().$transaction(
    async (tx) => {
      // Maintenance, not a page query: READ_STATEMENT_TIMEOUT_MS must not cancel it.
      await tx.$executeRaw`SET LOCAL statement_timeout = 0`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('calling_rule_flags'))`;
      const [state] = await tx.$queryRaw<{ zone: string | null; excluded: string[] | null }[]>`
        SELECT rules_zone AS zone, rules_non_conversation AS excluded FROM contact_state WHERE id = 1`;
      if (state?.zone === settings.timeZone && sameList(state.excluded, settings.nonConversationOutcomes)) return;
      await tx.$executeRaw`SELECT calling_rules_rebuild(${settings.timeZone}, ${settings.nonConversationOutcomes}::text[])`;
    },
    { timeout: 600_000, maxWait: 600_000 },
  );
}

/** One read of a one-row table when everything is current. */
export async function ensureCallingRules(settings: ContactSettings): Promise<RulesReadiness> {
  const state = await readState();
  if (state.derivedWith !== derivationFingerprint(settings)) return { ready: false, reason: "backfilling" };
  if (state.rulesZone !== settings.timeZone || !sameList(state.rulesNonConversation, settings.nonConversationOutcomes)) {
    await rebuildCallingRules(settings);
  }
  return { ready: true };
}
