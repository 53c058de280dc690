import { Badge } from "@/components/ui/badge";
import { labelForKey } from "@/lib/calls/outcome";
import { toneOf } from "@/lib/calls/palette";

export function OutcomeBadge({ outcomeKey, label }: { outcomeKey: string | null; label?: string | null }) {
  if (!outcomeKey) return <span className="text-muted">–</span>;
  return (
    <Badge tone={toneOf(outcomeKey)} title={label ?? undefined}>
      {labelForKey(outcomeKey)}
    </Badge>
  );
}

export function SentimentBadge({ sentimentKey }: { sentimentKey: string | null }) {
  if (!sentimentKey) return <span className="text-muted">–</span>;
  return <Badge tone={toneOf(sentimentKey)}>{labelForKey(sentimentKey)}</Badge>;
}

export function StatusBadge({ status }: { status: string | null }) {
  if (!status) return <span className="text-muted">–</span>;
  const tone = status === "pass" ? "--chart-1" : status === "fail" ? "--chart-4" : "--chart-7";
  return <Badge tone={tone}>{status}</Badge>;
}
