import "server-only";
// The people calls can be assigned to (the list's assignee filter and its "Assign to…" picker): the
// active users, by name. Deactivated users still show by name on the rows they hold (list-calls.ts).
import { getDb } from "@/lib/db";
import { sharedRead } from "./shared-read";

export type Assignee = { id: string; name: string; email: string };

export async function listAssignees(): Promise<Assignee[]> {
  return getDb().user.findMany({ where: { active: true }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

/**
 * The same list, kept 5 s in this process (shared-read.ts states the bound): the call page and the
 * list ask for it on every view. A user created, deactivated or reactivated through our code calls
 * forgetAssignees(), so this process's next view shows the change.
 */
const assignees = sharedRead("assignees", 5_000, listAssignees);
export const listAssigneesShared = assignees.get;
export const forgetAssignees = assignees.forget;
