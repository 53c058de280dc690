// Creates a staff account: the user, its password (hashed by better-auth) and the audit event,
// in one transaction. The first admin (/setup) takes a lock first, so two browsers racing on an
// empty database cannot both create one.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type AuditActor, type RequestOrigin } from "@/lib/audit/record-audit-event";
import { getAuth } from "@/lib/auth/auth";
import { emailSchema, newPasswordSchema } from "@/lib/auth/credentials";
import { roleSchema } from "@/lib/auth/roles";
import { forgetAssignees } from "@/lib/calls/list-assignees";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/errors";

export const newUserSchema = z.object({ email: emailSchema, password: newPasswordSchema, role: roleSchema });
export type NewUser = z.infer<typeof newUserSchema>;

type Options = { actor: AuditActor; origin: RequestOrigin; firstAdmin?: boolean };

const FIRST_ADMIN_LOCK = 7_301_001;

export async function createUser(input: unknown, { actor, origin, firstAdmin = false }: Options): Promise<{ id: string; email: string }> {
  const user = newUserSchema.parse(input);
  const hash = await (await getAuth().$context).password.hash(user.password);
  const id = crypto.randomUUID();
  try {
    const made = await getDb().$transaction(async (tx) => {
      if (firstAdmin) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`;
        if ((await tx.user.count()) > 0) throw new ApiError(409, "setup_closed", "The first admin already exists: sign in instead.");
      }
      const created = await tx.user.create({
        data: { id, email: user.email, name: user.email.split("@")[0] ?? user.email, role: user.role, emailVerified: true },
        select: { id: true, email: true },
      });
      await tx.account.create({ data: { id: crypto.randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } });
      await recordAuditEvent(
        {
          action: firstAdmin ? "setup.first_admin_created" : "user.created",
          actor: firstAdmin ? { id, email: user.email } : actor,
          origin,
          target: { type: "user", id },
          details: { email: user.email, role: user.role },
        },
        tx,
      );
      return created;
    });
    // The people calls can be assigned to: this process's next call page lists the new user.
    forgetAssignees();
    return made;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ApiError(409, "conflict", `A user with the email ${user.email} already exists.`);
    }
    throw error;
  }
}
