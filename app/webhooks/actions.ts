"use server";
// The deliveries page's writes: replay or dismiss a dead letter (admins). Each checks the session
// and role itself, and each is an audit event (lib/webhooks/levers/dead-letter-commands.ts).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { requestOrigin } from "@/lib/auth/request-origin";
import { requireUser } from "@/lib/auth/require-user";
import { ApiError } from "@/lib/http/errors";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { describeReplay, dismissDeadLetter, replayDeadLetter } from "@/lib/webhooks/levers/dead-letter-commands";

const deliveryId = z.string().regex(/^\d{1,18}$/, { error: "No such delivery." }).transform(BigInt);

export async function replayDeadLetterAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("deliveries:replay");
  const origin = requestOrigin(await headers());
  return runAction(async () => {
    const { ok, message } = describeReplay(await replayDeadLetter(deliveryId.parse(form.get("deliveryId")), user, origin));
    revalidatePath("/webhooks");
    if (!ok) throw new ApiError(409, "conflict", message);
    return message;
  });
}

export async function dismissDeadLetterAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("deliveries:replay");
  const origin = requestOrigin(await headers());
  return runAction(async () => {
    const dismissed = await dismissDeadLetter(deliveryId.parse(form.get("deliveryId")), user, origin);
    revalidatePath("/webhooks");
    if (!dismissed) throw new ApiError(409, "conflict", "It was no longer open (replayed or dismissed already).");
    return "Dismissed.";
  });
}
