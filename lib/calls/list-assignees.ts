import "server-only";
// The people calls can be assigned to (the list's assignee filter and its "Assign to…" picker): the
// active users, by name. Deactivated users still show by name on the rows they hold (list-calls.ts).
import { getDb } from "@/lib/db";

export type Assignee = { id: string; name: string; email: string };

export async function listAssignees(): Promise<Assignee[]> {
  return getDb().user.findMany({ where: { active: true }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}
