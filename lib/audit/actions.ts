// Every kind of audit event, with the words the audit page shows for it.
import { z } from "zod";

export const AUDIT_ACTIONS = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_out": "Signed out",
  "auth.lockout": "Sign-in locked",
  "setup.first_admin_created": "First admin created",
  "user.created": "User created",
  "user.role_changed": "Role changed",
  "user.deactivated": "User deactivated",
  "user.reactivated": "User reactivated",
  "user.password_set": "Password set",
  "call.viewed": "Call viewed",
  "call.raw_payload_opened": "Raw payload opened",
  "calls.exported": "Calls exported",
  "deliveries.viewed": "Deliveries viewed",
  "delivery.dead_letter_opened": "Dead letter opened",
  "delivery.replayed": "Dead letter replayed",
  "delivery.dismissed": "Dead letter dismissed",
  "audit.exported": "Audit trail exported",
  "contact.viewed": "Contact viewed",
  "compliance.viewed": "Compliance page viewed",
  "compliance.exported": "Flagged calls exported",
  "compliance.exception_marked": "Call marked as a calling-rule exception",
  "compliance.exception_removed": "Calling-rule exception removed",
  "review.status_set": "Review status set",
  "review.outcome_corrected": "Outcome corrected",
  "review.sentiment_corrected": "Sentiment corrected",
  "review.promise_corrected": "Promise amount or date corrected",
  "review.correction_cleared": "Correction cleared",
  "review.assigned": "Call assigned",
  "review.unassigned": "Call unassigned",
  "review.note_added": "Note added",
  "review.note_edited": "Note edited",
  "review.note_deleted": "Note deleted",
  "review.tag_added": "Tag added",
  "review.tag_removed": "Tag removed",
  "reviews.bulk_marked_reviewed": "Calls marked reviewed (bulk)",
  "reviews.bulk_assigned": "Calls assigned (bulk)",
  "reviews.bulk_tagged": "Calls tagged (bulk)",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const auditActionSchema = z.enum(Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]]);
