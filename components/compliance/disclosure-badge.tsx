import { Badge } from "@/components/ui/badge";

/** Whether the debt-collector disclosure phrase was found in the AI's first turns (a phrase match). */
export function DisclosureBadge({ found }: { found: boolean | null }) {
  if (found === null) return <span className="text-xs text-muted" title="No AI turns to search">–</span>;
  return found ? (
    <Badge tone="--chart-1" title="A disclosure phrase was found in the AI's first turns (phrase match)">Disclosure</Badge>
  ) : (
    <Badge tone="--chart-4" title="No disclosure phrase in the AI's first turns (phrase match)">No disclosure</Badge>
  );
}
