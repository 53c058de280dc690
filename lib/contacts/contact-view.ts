import "server-only";
// What a contact page shows: the calls, and the calling state today of each contact among them
// (one per account of a number when CONTACT_ACCOUNT_KEY is set, one per number of an account).
import { getContactCallingState } from "@/lib/compliance/calling-state";
import type { CallingState } from "@/lib/compliance/calling-rules";
import { ensureCallingRules, type RulesReadiness } from "@/lib/compliance/rules-state";
import type { Day } from "@/lib/calls/date-range";
import type { ContactKey } from "./contact-key";
import { listContactCalls, type ContactCall, type ContactScope } from "./list-contact-calls";
import type { ContactSettings } from "./settings";

export type ContactGroup = { key: ContactKey; state: CallingState & { today: Day } };
export type ContactView = { calls: ContactCall[]; truncated: boolean; groups: ContactGroup[]; readiness: RulesReadiness };

function keysOf(scope: ContactScope, calls: ContactCall[], settings: ContactSettings): ContactKey[] {
  if (scope.kind === "account") {
    return [...new Set(calls.map((call) => call.contactNumber).filter((n): n is string => n !== null))].map((number) => ({ number, account: scope.account }));
  }
  if (scope.account !== undefined) return [{ number: scope.number, account: scope.account }];
  if (!settings.accountKeyName) return [{ number: scope.number, account: null }];
  return [...new Set(calls.map((call) => call.accountKey))].map((account) => ({ number: scope.number, account }));
}

export async function getContactView(scope: ContactScope, now: Date, settings: ContactSettings): Promise<ContactView> {
  // The flags beside the calls need the build; the states are read from the calls themselves.
  const readiness = await ensureCallingRules(settings);
  const { calls, truncated } = await listContactCalls(scope);
  const groups = await Promise.all(
    keysOf(scope, calls, settings).slice(0, 20).map(async (key) => ({ key, state: await getContactCallingState(key, now, settings) })),
  );
  return { calls, truncated, groups, readiness };
}
