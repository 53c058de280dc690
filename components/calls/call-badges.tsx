import { Badge } from "@/components/ui/badge";
import { labelForKey } from "@/lib/calls/outcome";

const OUTCOME_TONES: Record<string, string> = {
  payment_promise: "--chart-1",
  payment_completed: "--chart-6",
  payment_extension: "--chart-3",
  call_back_requested: "--chart-2",
  wrong_number: "--chart-7",
  not_interested: "--chart-4",
};
const SENTIMENT_TONES: Record<string, string> = { positive: "--chart-1", neutral: "--chart-7", negative: "--chart-4" };

export function OutcomeBadge({ outcomeKey, label }: { outcomeKey: string | null; label?: string | null }) {
  if (!outcomeKey) return <span className="text-muted">–</span>;
  // Undocumented outcomes share one colour, so the documented ones stay recognisable.
  return (
    <Badge tone={OUTCOME_TONES[outcomeKey] ?? "--chart-5"} title={label ?? undefined}>
      {labelForKey(outcomeKey)}
    </Badge>
  );
}

export function SentimentBadge({ sentimentKey }: { sentimentKey: string | null }) {
  if (!sentimentKey) return <span className="text-muted">–</span>;
  return <Badge tone={SENTIMENT_TONES[sentimentKey] ?? "--chart-8"}>{labelForKey(sentimentKey)}</Badge>;
}

export function StatusBadge({ status }: { status: string | null }) {
  if (!status) return <span className="text-muted">–</span>;
  const tone = status === "pass" ? "--chart-1" : status === "fail" ? "--chart-4" : "--chart-7";
  return <Badge tone={tone}>{status}</Badge>;
}
