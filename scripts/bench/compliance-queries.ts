// The contact and Compliance pages' reads for `npm run bench:queries` (group "contacts"): each
// case runs what the page runs, for a random sampled call's contact.
import { getDb } from "@/lib/db";
import { getCallCallingState } from "@/lib/compliance/calling-state";
import { parseComplianceParams } from "@/lib/compliance/compliance-params";
import { getComplianceReport, getDisclosureCounts, periodOf } from "@/lib/compliance/compliance-report";
import { ensureCallingRules } from "@/lib/compliance/rules-state";
import { getContactView } from "@/lib/contacts/contact-view";
import { findContactForQuery } from "@/lib/contacts/find-contact";
import { getContactSettings } from "@/lib/contacts/settings";
import type { QueryCase } from "./query-cases";

const TARGET = 100;

async function contactOf(callId: string): Promise<{ number: string; account: string | null } | null> {
  const call = await getDb().call.findUnique({ where: { id: callId }, select: { contactNumber: true, accountKey: true } });
  return call?.contactNumber ? { number: call.contactNumber, account: call.accountKey } : null;
}

function compliancePageCase(query: string): QueryCase {
  const params = parseComplianceParams(Object.fromEntries(new URLSearchParams(query)));
  return {
    group: "contacts",
    name: `Compliance page, ${query}`,
    targetMs: TARGET,
    run: async (c) => {
      const settings = { ...getContactSettings(), timeZone: c.timeZone };
      await ensureCallingRules(settings);
      const period = periodOf(params, c.now, c.timeZone);
      return Promise.all([getComplianceReport(params, period, c.timeZone), getDisclosureCounts(params, period, settings)]);
    },
  };
}

export function complianceCases(): QueryCase[] {
  return [
    {
      group: "contacts",
      name: "contact page of a random call's number",
      targetMs: TARGET,
      run: async (c) => {
        const contact = await contactOf(c.sampleIds[c.iteration % c.sampleIds.length]!);
        return contact && getContactView({ kind: "number", number: contact.number }, c.now, { ...getContactSettings(), timeZone: c.timeZone });
      },
    },
    {
      group: "contacts",
      name: "a random call's frequency state (call page)",
      targetMs: TARGET,
      run: (c) => getCallCallingState(c.sampleIds[c.iteration % c.sampleIds.length]!, { ...getContactSettings(), timeZone: c.timeZone }),
    },
    {
      group: "contacts",
      name: "search box: a number typed in another format",
      targetMs: TARGET,
      run: async (c) => {
        const contact = await contactOf(c.sampleIds[c.iteration % c.sampleIds.length]!);
        return contact && findContactForQuery(contact.number.replace(/^\+1/, "").replace(/(\d{3})(\d{3})(\d+)/, "($1) $2-$3"));
      },
    },
    compliancePageCase("range=90d"),
    compliancePageCase("range=30d"),
    compliancePageCase("range=90d&project=proj_collections_us"),
    compliancePageCase("range=90d&page=5"),
  ];
}
