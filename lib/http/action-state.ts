// What a server action hands back to its form: a message to show, good or bad. Known errors
// (ApiError, zod) say what is wrong; anything else is logged and answered generically.
import { ZodError } from "zod";
import { ApiError } from "./errors";

export type ActionState = { ok: boolean; message: string } | null;

export async function runAction(work: () => Promise<string>): Promise<ActionState> {
  try {
    return { ok: true, message: await work() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, message: error.message };
    if (error instanceof ZodError) return { ok: false, message: error.issues[0]?.message ?? "Check the form." };
    console.error("Server action failed:", error);
    return { ok: false, message: "Something went wrong on our side; the details are in the server log." };
  }
}
