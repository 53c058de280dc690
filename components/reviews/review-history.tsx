// Who changed what on the call's review, and when, newest first (corrections with their reason).
import { labelForKey } from "@/lib/calls/outcome";
import { decodeTerms, describeTerms } from "@/lib/contacts/promise-terms-format";
import type { ReviewHistoryEntry } from "@/lib/reviews/get-review";
import { REVIEW_STATUS_LABELS, reviewStatusSchema } from "@/lib/reviews/status";
import { formatWhen, nameOf } from "./format";

const statusWord = (value: string | null) => {
  const parsed = reviewStatusSchema.safeParse(value);
  return parsed.success ? REVIEW_STATUS_LABELS[parsed.data] : (value ?? "none");
};
const excerpt = (text: string | null) => (text && text.length > 80 ? `${text.slice(0, 80)}…` : (text ?? ""));

export function describeChange(entry: ReviewHistoryEntry): string {
  switch (entry.field) {
    case "status":
      return `set the status to ${statusWord(entry.to)} (was ${statusWord(entry.from)})`;
    case "outcome":
    case "sentiment":
      return entry.detail === "correction cleared"
        ? `cleared the ${entry.field} correction (back to the AI's ${labelForKey(entry.to)})`
        : `corrected the ${entry.field} from ${labelForKey(entry.from)} to ${labelForKey(entry.to)}: “${excerpt(entry.detail)}”`;
    case "promise": {
      const terms = (value: string | null) => {
        const decoded = decodeTerms(value);
        return decoded ? describeTerms(decoded) : (value ?? "none");
      };
      return entry.detail === "correction cleared"
        ? `cleared the promise correction (back to the extracted ${terms(entry.to)})`
        : `corrected the promise from ${terms(entry.from)} to ${terms(entry.to)}`;
    }
    case "assignee":
      return entry.to ? `assigned the call to ${nameOf(entry.toUser)}` : `unassigned ${nameOf(entry.fromUser)}`;
    case "tag":
      return entry.to ? `added the tag ${entry.to}` : `removed the tag ${entry.from ?? ""}`;
    case "note":
      if (entry.from === null) return `added a note: “${excerpt(entry.to)}”`;
      return entry.to === null ? "deleted a note" : `edited a note: “${excerpt(entry.to)}”`;
  }
}

export function ReviewHistory({ history, timeZone }: { history: ReviewHistoryEntry[]; timeZone: string }) {
  return (
    <details className="group">
      <summary className="cursor-pointer text-xs font-medium text-muted hover:text-foreground">
        History ({history.length})
      </summary>
      {history.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing changed yet.</p>
      ) : (
        <ol className="mt-2 space-y-1.5 text-sm" aria-label="Review history">
          {history.map((entry) => (
            <li key={entry.id} className="wrap-anywhere">
              <span className="font-medium">{nameOf(entry.actor)}</span> {describeChange(entry)}
              {entry.bulk && <span className="text-muted"> (bulk action)</span>}
              <span className="text-xs text-muted"> · {formatWhen(entry.at, timeZone)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
