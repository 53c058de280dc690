import "server-only";
// A contact's calling state, read from `calls` (not from the flags table, so it needs no build):
// the calls of the 7 days to a day, in time order, through calls_contact_calls_idx (index-only).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayOf, type Day } from "@/lib/calls/date-range";
import { contactCondition, type ContactKey } from "@/lib/contacts/contact-key";
import type { ContactSettings } from "@/lib/contacts/settings";
import { computeCallingState, type CallingState, type WindowCall } from "./calling-rules";

const windowCallSchema = z.object({ id: z.string(), day: z.string(), conversation: z.boolean() });

/**
 * The SQL for "a conversation": delivered, with an effective outcome (a reviewer's correction, else
 * the AI's) that is not a non-conversation one. The same test as calling_rules_refresh.
 */
export function conversationSql(excluded: string[]) {
  return Prisma.sql`(delivery_status = 'pass' AND effective_outcome_key IS NOT NULL AND effective_outcome_key <> ALL (${excluded}::text[]))`;
}

async function readWindow(key: ContactKey, asOf: Day, settings: ContactSettings): Promise<WindowCall[]> {
  const zone = settings.timeZone;
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT id::text AS id, to_char((ended_at AT TIME ZONE ${zone})::date, 'YYYY-MM-DD') AS day,
           ${conversationSql(settings.nonConversationOutcomes)} AS conversation
    FROM calls
    WHERE ${contactCondition(key)}
      AND ended_at >= ((${asOf}::date - 6)::timestamp AT TIME ZONE ${zone})
      AND ended_at < ((${asOf}::date + 1)::timestamp AT TIME ZONE ${zone})
    ORDER BY ended_at, id`;
  return z.array(windowCallSchema).parse(rows);
}

/** The state of a contact today: its calls of the last 7 days and when the next call is allowed. */
export async function getContactCallingState(key: ContactKey, now: Date, settings: ContactSettings): Promise<CallingState & { today: Day }> {
  const today = dayOf(now, settings.timeZone);
  return { ...computeCallingState(today, await readWindow(key, today, settings)), today };
}

const callSchema = z.object({ number: z.string().nullable(), account: z.string().nullable(), endedAt: z.date() });

export type CallContact = { id: string; contactNumber: string | null; accountKey: string | null; endedAt: Date };
export type CallCallingState = { key: ContactKey; state: CallingState } | null;

/** The state as of a call already read (the call page has its row): one query, the contact's window. */
export async function getCallingStateOf(call: CallContact, settings: ContactSettings): Promise<CallCallingState> {
  if (!call.contactNumber) return null;
  const key = { number: call.contactNumber, account: call.accountKey };
  const asOf = dayOf(call.endedAt, settings.timeZone);
  return { key, state: computeCallingState(asOf, await readWindow(key, asOf, settings), call.id) };
}

/** The state as of a call (it included), and whether it was placed against a rule; null without a contact. */
export async function getCallCallingState(callId: string, settings: ContactSettings): Promise<CallCallingState> {
  if (!z.uuid().safeParse(callId).success) return null;
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT contact_number AS number, account_key AS account, ended_at AS "endedAt" FROM calls WHERE id = ${callId}::uuid`;
  const call = rows[0] === undefined ? null : callSchema.parse(rows[0]);
  return call && getCallingStateOf({ id: callId, contactNumber: call.number, accountKey: call.account, endedAt: call.endedAt }, settings);
}
