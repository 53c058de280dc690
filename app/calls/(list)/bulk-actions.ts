"use server";
// The list's bulk actions: mark reviewed, assign, tag, on the selected rows or on every call of the
// list's filters (read from the submitted list address on the server: lib/reviews/bulk-request.ts).
// Each checks the session and role itself; the bulk functions audit every action.
import { headers } from "next/headers";
import { requestOrigin } from "@/lib/auth/request-origin";
import { requireUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { runAction, type ActionState } from "@/lib/http/action-state";
import type { ReviewActor } from "@/lib/reviews/actor";
import { countSelection, runBulkRequest } from "@/lib/reviews/bulk-request";

async function reviewer(): Promise<ReviewActor> {
  const user = await requireUser("calls:review");
  return { user, origin: requestOrigin(await headers()) };
}

const context = () => ({ now: new Date(), timeZone: getEnv().DASHBOARD_TIMEZONE });

const nameOf = async (id: string) => (await getDb().user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;

/** Runs one bulk action (`input`: lib/reviews/bulk-request.ts's bulkRequestSchema); the message is for a toast. */
export async function bulkReviewAction(input: unknown): Promise<ActionState> {
  const by = await reviewer();
  return runAction(async () => (await runBulkRequest(input, by, context(), nameOf)).message);
}

/** How many calls a filtered-set action would change, counted here for its confirmation. */
export async function countBulkSelectionAction(input: unknown): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
  const by = await reviewer();
  let count = 0;
  const state = await runAction(async () => String((count = await countSelection(input, by, context()))));
  return state?.ok ? { ok: true, count } : { ok: false, message: state?.message ?? "Could not count the calls." };
}
