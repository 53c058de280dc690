// Who is reviewing: the signed-in user (id, email, role) and where the request came from, for the
// audit trail. Every command checks the permission itself too (defence in depth: the server
// action or route has already called requireUser("calls:review")).
import type { RequestOrigin } from "@/lib/audit/record-audit-event";
import { can, type Role } from "@/lib/auth/roles";
import { ApiError } from "@/lib/http/errors";

export type ReviewUser = { id: string; email: string; role: Role };
export type ReviewActor = { user: ReviewUser; origin: RequestOrigin };

export function assertCanReview(by: ReviewActor): void {
  if (!can(by.user.role, "calls:review")) throw new ApiError(403, "forbidden", "Your role may not review calls.");
}

/** The audit trail's actor of a review command. */
export const auditActor = (by: ReviewActor) => ({ id: by.user.id, email: by.user.email });
