// What a server action hands back to its form: a message to show, good or bad. Errors go through
// the same mapping as every route (toApiError): known ones say what is wrong (for invalid input,
// the first issue), anything else is logged and answered generically.
import { toApiError } from "./errors";

export type ActionState = { ok: boolean; message: string } | null;

export async function runAction(work: () => Promise<string>): Promise<ActionState> {
  try {
    return { ok: true, message: await work() };
  } catch (error) {
    const refusal = toApiError(error);
    if (refusal.status >= 500) console.error("Server action failed:", error);
    const issues = refusal.details.issues;
    const first = Array.isArray(issues) ? (issues[0] as { message?: unknown } | undefined)?.message : undefined;
    return { ok: false, message: typeof first === "string" ? first : refusal.message };
  }
}
