// Failed sign-ins, counted in PostgreSQL so that the limit holds across restarts and app
// instances: 5 for one email or 20 from one address within 15 minutes lock further attempts until
// the oldest of those failures is 15 minutes old. Emails nobody has are counted the same way, so a
// lockout never tells whether an email exists.
import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const EMAIL_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;
/** Rows older than this are of no use to any window and are removed a few at a time. */
const KEEP_MS = 24 * 3600_000;

export type SignInLimit = { locked: false } | { locked: true; retryAt: Date; by: "email" | "address" };

// The column is one of two fixed names, never input: it is spliced in, the values are parameters.
const COLUMNS = { email: Prisma.raw("email"), address: Prisma.raw("address") } as const;

/** When the limit-th newest failure in the window leaves it; null while under the limit. */
async function unlockTime(column: keyof typeof COLUMNS, value: string, limit: number, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const rows = await getDb().$queryRaw<{ at: Date }[]>`
    SELECT at FROM sign_in_failures WHERE ${COLUMNS[column]} = ${value} AND at > ${since} ORDER BY at DESC OFFSET ${limit - 1} LIMIT 1`;
  return rows[0] ? new Date(rows[0].at.getTime() + SIGN_IN_WINDOW_MS) : null;
}

export async function checkSignInLimit(email: string, address: string, now = new Date()): Promise<SignInLimit> {
  const [byEmail, byAddress] = await Promise.all([
    unlockTime("email", email, EMAIL_FAILURE_LIMIT, now),
    unlockTime("address", address, ADDRESS_FAILURE_LIMIT, now),
  ]);
  if (!byEmail && !byAddress) return { locked: false };
  if (byEmail && (!byAddress || byEmail >= byAddress)) return { locked: true, retryAt: byEmail, by: "email" };
  return { locked: true, retryAt: byAddress!, by: "address" };
}

/** Records a failure; says whether it is the one that reached a limit (for the lockout event). */
export async function recordSignInFailure(email: string, address: string, now = new Date()): Promise<SignInLimit> {
  const db = getDb();
  await db.signInFailure.create({ data: { email, address, at: now } });
  const expired = new Date(now.getTime() - KEEP_MS);
  await db.$executeRaw`DELETE FROM sign_in_failures WHERE id IN (SELECT id FROM sign_in_failures WHERE at < ${expired} LIMIT 100)`;
  return checkSignInLimit(email, address, now);
}

/** A successful sign-in forgives that email's earlier failures (the address keeps its count). */
export async function clearEmailFailures(email: string): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { email } });
}

export function describeRetry(retryAt: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"} (after ${retryAt.toISOString().slice(11, 16)} UTC).`;
}
