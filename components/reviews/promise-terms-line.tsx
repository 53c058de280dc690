// "Promised: $120.00 by Dec 5, 2026 (corrected by Ann; extracted: $100.00)", or the extracted terms
// "· extracted from the AI's summary" when no reviewer corrected them.
import type { PromiseReview } from "@/lib/contacts/promise-effective";
import { describeDifference, describeTerms } from "@/lib/contacts/promise-terms-format";
import { nameOf } from "./format";

export function PromiseTermsLine({ promise }: { promise: PromiseReview }) {
  const { effective, extracted, correction } = promise;
  return (
    <p className="text-sm wrap-anywhere" data-testid="promise-terms">
      <span className="text-muted">Promised:</span> <strong>{describeTerms(effective)}</strong>
      {correction ? (
        <span className="text-muted"> (corrected by {nameOf(correction.by)}; extracted: {describeDifference(extracted, effective)})</span>
      ) : (
        <span className="text-xs text-muted"> · extracted from the AI&apos;s summary{extracted.dateText ? ` (“${extracted.dateText}”)` : ""}</span>
      )}
    </p>
  );
}
