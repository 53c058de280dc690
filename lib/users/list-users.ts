import "server-only";
import { getDb } from "@/lib/db";

export type UserRow = { id: string; email: string; role: string; active: boolean; lastSignInAt: Date | null; createdAt: Date };

export async function listUsers(): Promise<UserRow[]> {
  return getDb().user.findMany({
    select: { id: true, email: true, role: true, active: true, lastSignInAt: true, createdAt: true },
    orderBy: [{ active: "desc" }, { email: "asc" }],
  });
}
