"use server";
// The users page's writes. Each checks the session and the admin role itself, then calls lib/users.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requestOrigin } from "@/lib/auth/request-origin";
import { requireUser } from "@/lib/auth/require-user";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { createUser } from "@/lib/users/create-user";
import { setUserActive, setUserPassword, setUserRole } from "@/lib/users/update-user";

async function asAdmin() {
  const user = await requireUser("users:manage");
  return { actor: { id: user.id, email: user.email }, origin: requestOrigin(await headers()) };
}

function done(message: string): string {
  revalidatePath("/admin/users");
  return message;
}

export async function createUserAction(_: ActionState, form: FormData): Promise<ActionState> {
  const by = await asAdmin();
  return runAction(async () => {
    const user = await createUser({ email: form.get("email"), password: form.get("password"), role: form.get("role") }, by);
    return done(`Created ${user.email}. Give them their password in person or by another channel.`);
  });
}

export async function setRoleAction(_: ActionState, form: FormData): Promise<ActionState> {
  const by = await asAdmin();
  return runAction(async () => {
    await setUserRole(String(form.get("userId")), form.get("role"), by);
    return done("Role changed.");
  });
}

export async function setActiveAction(_: ActionState, form: FormData): Promise<ActionState> {
  const by = await asAdmin();
  return runAction(async () => {
    const active = form.get("active") === "true";
    await setUserActive(String(form.get("userId")), active, by);
    return done(active ? "Reactivated." : "Deactivated: their sessions have ended.");
  });
}

export async function setPasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  const by = await asAdmin();
  return runAction(async () => {
    await setUserPassword(String(form.get("userId")), form.get("password"), by);
    return done("Password set; their sessions have ended.");
  });
}
