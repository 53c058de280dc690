// An admin's changes to a user: role, active or not, a new password. Each commits with its audit
// event; the last active admin can be neither demoted nor deactivated (checked under a lock, so
// two admins demoting each other at once cannot leave none).
import "server-only";
import { recordAuditEvent, type AuditActor, type RequestOrigin } from "@/lib/audit/record-audit-event";
import { getAuth } from "@/lib/auth/auth";
import { newPasswordSchema } from "@/lib/auth/credentials";
import { roleSchema, type Role } from "@/lib/auth/roles";
import { forgetSessionsOfUser } from "@/lib/auth/session-cache";
import { forgetAssignees } from "@/lib/calls/list-assignees";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/errors";

type By = { actor: AuditActor; origin: RequestOrigin };
type Change = { role?: Role; active?: boolean };

const ADMINS_LOCK = 7_301_002;

async function guardLastAdmin(tx: Prisma.TransactionClient, target: { id: string; role: string; active: boolean }, change: Change) {
  const losesAdmin = target.role === "admin" && target.active && ((change.role && change.role !== "admin") || change.active === false);
  if (!losesAdmin) return;
  const others = await tx.user.count({ where: { role: "admin", active: true, id: { not: target.id } } });
  if (others === 0) throw new ApiError(409, "conflict", "This is the last active admin: make another user admin first.");
}

async function changeUser(userId: string, change: Change, { actor, origin }: By): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMINS_LOCK})`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, active: true } });
    if (!target) throw new ApiError(404, "not_found", "No such user.");
    await guardLastAdmin(tx, target, change);
    await tx.user.update({ where: { id: userId }, data: change });
    // A deactivated user's browsers are signed out at once (the session check refuses them too).
    if (change.active === false) await tx.session.deleteMany({ where: { userId } });
    const action = change.role ? "user.role_changed" : change.active ? "user.reactivated" : "user.deactivated";
    const details = change.role ? { email: target.email, from: target.role, to: change.role } : { email: target.email };
    await recordAuditEvent({ action, actor, origin, target: { type: "user", id: userId }, details }, tx);
  });
  // Pages of this process see the new role or the deactivation at their next request.
  forgetSessionsOfUser(userId);
  forgetAssignees();
}

export async function setUserRole(userId: string, role: unknown, by: By): Promise<void> {
  await changeUser(userId, { role: roleSchema.parse(role) }, by);
}

export async function setUserActive(userId: string, active: boolean, by: By): Promise<void> {
  await changeUser(userId, { active }, by);
}

/** Sets a new password and signs the user out everywhere. */
export async function setUserPassword(userId: string, password: unknown, { actor, origin }: By): Promise<void> {
  const hash = await (await getAuth().$context).password.hash(newPasswordSchema.parse(password));
  await getDb().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!target) throw new ApiError(404, "not_found", "No such user.");
    const { count } = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    if (count === 0) await tx.account.create({ data: { id: crypto.randomUUID(), userId, accountId: userId, providerId: "credential", password: hash } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAuditEvent({ action: "user.password_set", actor, origin, target: { type: "user", id: userId }, details: { email: target.email } }, tx);
  });
  forgetSessionsOfUser(userId);
}
