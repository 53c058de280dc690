// Whether anyone can sign in yet: with no user at all, every page leads to /setup.
import "server-only";
import { getDb } from "@/lib/db";

// Users are never deleted, so once one exists the answer stays yes for the life of the process.
let someoneExists = false;

export async function hasAnyUser(): Promise<boolean> {
  if (someoneExists) return true;
  someoneExists = (await getDb().user.findFirst({ select: { id: true } })) !== null;
  return someoneExists;
}
