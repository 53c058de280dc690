"use server";
// The Compliance page's writes: mark a flagged call as a Reg F exception with a reason, or remove the
// mark. Each checks the session and role itself and is an audit event (lib/compliance/exceptions.ts).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { requestOrigin } from "@/lib/auth/request-origin";
import { requireUser } from "@/lib/auth/require-user";
import { exceptionInputSchema, markCallingException, removeCallingException } from "@/lib/compliance/exceptions";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { ApiError } from "@/lib/http/errors";

export async function markExceptionAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("compliance:except");
  const origin = requestOrigin(await headers());
  return runAction(async () => {
    const input = exceptionInputSchema.parse({ callId: form.get("callId"), reason: form.get("reason") });
    if (!(await markCallingException(input, user, origin))) throw new ApiError(409, "conflict", "This call is not flagged.");
    revalidatePath("/compliance");
    return "Marked as excepted.";
  });
}

export async function removeExceptionAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("compliance:except");
  const origin = requestOrigin(await headers());
  return runAction(async () => {
    const callId = z.uuid({ error: "No such call." }).parse(form.get("callId"));
    if (!(await removeCallingException(callId, user, origin))) throw new ApiError(409, "conflict", "It was not marked.");
    revalidatePath("/compliance");
    return "Mark removed.";
  });
}
