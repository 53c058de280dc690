import "server-only";
// A bulk action as the list sends it (app/calls/(list)/bulk-actions.ts): which action, and either
// the selected rows' ids or the list's address, whose filters are parsed HERE, on the server, as the
// list page parses them (the same calls the user saw). The count a confirmation shows is counted
// here too; nothing the browser says about how many calls there are is used.
import { z } from "zod";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { ASSIGNEE_ME, parseCallFilters } from "@/lib/calls/filters";
import { formatCount } from "@/lib/calls/format";
import { getDb } from "@/lib/db";
import type { ReviewActor } from "./actor";
import { normalizeTag } from "./tag";
import { bulkAssign, bulkMarkReviewed, bulkTag, MAX_BULK_IDS, type BulkResult, type BulkSelection } from "./bulk";

/** The list's query string (`outcome=x&range=7d`), with or without `/calls?` before it. */
const listQuerySchema = z.string().max(8_000).transform((text) => text.slice(text.indexOf("?") + 1));

export const selectionRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ids"), ids: z.array(z.uuid({ error: "Not a call." })).min(1, "Select at least one call.").max(MAX_BULK_IDS) }),
  z.object({ kind: z.literal("filters"), query: listQuerySchema }),
]);
export type SelectionRequest = z.input<typeof selectionRequestSchema>;

export const bulkRequestSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("mark_reviewed"), selection: selectionRequestSchema }),
  // "me" is the signed-in user; null unassigns.
  z.object({ action: z.literal("assign"), selection: selectionRequestSchema, assigneeId: z.string().min(1).max(64).nullable() }),
  z.object({ action: z.literal("tag"), selection: selectionRequestSchema, tag: z.string().min(1, "Type a tag.").max(200) }),
]);
export type BulkRequest = z.input<typeof bulkRequestSchema>;

type Context = Omit<WhereContext, "userId">;

/** The bulk functions' selection: the ids, or the filters of the list's address as the list reads them. */
export function selectionOf(request: z.output<typeof selectionRequestSchema>): BulkSelection {
  if (request.kind === "ids") return { ids: request.ids };
  return { filters: parseCallFilters(new URLSearchParams(request.query)).filters };
}

/** Exactly how many calls a filtered-set action would select, for its confirmation. */
export async function countSelection(input: unknown, by: ReviewActor, context: Context): Promise<number> {
  const selection = selectionOf(selectionRequestSchema.parse(input));
  if ("ids" in selection) return selection.ids.length;
  const where = buildCallWhere(selection.filters, { ...context, userId: by.user.id });
  const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE ${where}`;
  return row?.n ?? 0;
}

const calls = (n: number) => `${formatCount(n)} ${n === 1 ? "call" : "calls"}`;
const were = (result: BulkResult) => (result.matched - result.changed === 1 ? "was" : "were");
const already = (result: BulkResult, words: string) => (result.matched > result.changed ? ` (${formatCount(result.matched - result.changed)} already ${words})` : "");

/** Runs a bulk request; the result and the sentence a toast shows ("Marked 312 calls reviewed (40 already were)"). */
export async function runBulkRequest(
  input: unknown,
  by: ReviewActor,
  context: Context,
  assigneeName: (id: string) => Promise<string | null> = async () => null,
): Promise<BulkResult & { message: string }> {
  const request = bulkRequestSchema.parse(input);
  const selection = selectionOf(request.selection);
  if (request.action === "mark_reviewed") {
    const result = await bulkMarkReviewed(selection, by, context);
    return { ...result, message: `Marked ${calls(result.changed)} reviewed${already(result, were(result))}.` };
  }
  if (request.action === "assign") {
    const assignee = request.assigneeId === ASSIGNEE_ME ? by.user.id : request.assigneeId;
    const result = await bulkAssign(selection, assignee, by, context);
    const who = assignee === null ? null : assignee === by.user.id ? "you" : ((await assigneeName(assignee)) ?? "them");
    const verb = who === null ? `Unassigned ${calls(result.changed)}` : `Assigned ${calls(result.changed)} to ${who}`;
    return { ...result, message: `${verb}${already(result, who === null ? "had nobody" : were(result))}.` };
  }
  const result = await bulkTag(selection, request.tag, by, context);
  return { ...result, message: `Tagged ${calls(result.changed)} “${normalizeTag(request.tag) ?? request.tag}”${already(result, "had it")}.` };
}
