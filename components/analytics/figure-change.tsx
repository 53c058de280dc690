// A figure's change against the previous period: an arrow and the signed change, green when the
// figure moved the way it should, red when the other way, grey when it has no better direction.
// Screen readers hear it in words ("up 3.2 points from 41.0%") instead of the glyphs.
import { ArrowDownIcon, ArrowUpIcon, MinusIcon } from "lucide-react";
import type { ChangeView } from "@/lib/analytics/figure-view";
import { cn } from "@/lib/utils";

const TONE = { good: "text-good", bad: "text-bad", neutral: "text-muted" } as const;
const ICON = { up: ArrowUpIcon, down: ArrowDownIcon, flat: MinusIcon } as const;

export function FigureChange({ change, previous, large = false }: { change: ChangeView | null; previous?: string | null; large?: boolean }) {
  if (!change) return null;
  const Icon = ICON[change.movement];
  return (
    <span data-change data-tone={change.tone} className={cn("inline-flex items-center gap-0.5 font-medium tabular-nums", large ? "text-base" : "text-xs", TONE[change.tone])}>
      <Icon aria-hidden className={large ? "size-4" : "size-3"} strokeWidth={2.5} />
      <span aria-hidden>{change.text}</span>
      {previous && change.text !== "new" && <span aria-hidden className="ml-1 font-normal text-muted">vs {previous}</span>}
      <span className="sr-only">{change.spoken}</span>
    </span>
  );
}
