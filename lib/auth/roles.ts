// Who may do what. One role per user; each permission lists the roles that hold it.
import { z } from "zod";

export const ROLES = ["agent", "manager", "admin"] as const;
export const roleSchema = z.enum(ROLES, { error: `expected one of ${ROLES.join(", ")}` });
export type Role = z.infer<typeof roleSchema>;

const PERMISSIONS = {
  /** Calls list, call page, transcript, recording, analytics. */
  "calls:read": ["agent", "manager", "admin"],
  /** Review calls: status, corrections, notes, tags, assignment, bulk actions. */
  "calls:review": ["agent", "manager", "admin"],
  /** Everyone's review statistics (per reviewer); without it a user sees only their own. */
  "reviews:stats": ["manager", "admin"],
  /** CSV export of calls. */
  "calls:export": ["manager", "admin"],
  /** A call's raw webhook payload. */
  "calls:raw": ["manager", "admin"],
  /** The deliveries page (/webhooks). */
  "deliveries:read": ["manager", "admin"],
  /** Open, replay or dismiss a dead letter on the deliveries page. */
  "deliveries:replay": ["admin"],
  /** Users (/admin/users). */
  "users:manage": ["admin"],
  /** Audit trail (/admin/audit). */
  "audit:read": ["admin"],
  /** The Compliance page (/compliance) and its export: calls placed against the calling rules. */
  "compliance:read": ["manager", "admin"],
  /** Mark a flagged call as a Reg F exception (with a reason) or remove the mark. A reviewer role, once it exists, belongs here too. */
  "compliance:except": ["manager", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: string, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly string[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = { agent: "Agent", manager: "Manager", admin: "Admin" };
