// The words of the list's bulk bar: what a confirmation asks before acting on the whole filtered
// set, and how the selection reads. Pure and safe in the browser.
import { formatCount } from "./format";
import type { CallTotal } from "./list-calls";

export type BulkChoice = { action: "mark_reviewed" } | { action: "assign"; assigneeId: string | null; name: string } | { action: "tag"; tag: string };

const calls = (n: number) => `${formatCount(n)} ${n === 1 ? "call" : "calls"}`;

/** The confirmation's question, with the count the server counted. */
export function bulkConfirmQuestion(choice: BulkChoice, count: number): string {
  if (choice.action === "mark_reviewed") return `Mark all ${calls(count)} of this filter reviewed?`;
  if (choice.action === "assign") return choice.assigneeId === null ? `Unassign all ${calls(count)} of this filter?` : `Assign all ${calls(count)} of this filter to ${choice.name}?`;
  return `Tag all ${calls(count)} of this filter “${choice.tag}”?`;
}

/** "Apply to all 1,234 calls of this filter" (or "about 12,000" when the list only estimated them). */
export function applyToAllLabel(total: CallTotal): string {
  return `Apply to all ${total.exact ? "" : "about "}${calls(total.value)} of this filter`;
}
