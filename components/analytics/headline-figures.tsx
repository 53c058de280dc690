// The other headline figures: value, change against the previous period, and what it is made of.
import Link from "next/link";
import type { FigureView } from "@/lib/analytics/figure-view";
import { FigureCard } from "./figure-card";
import { FigureChange } from "./figure-change";

export function HeadlineFigures({ figures }: { figures: FigureView[] }) {
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {figures.map((figure) => (
          <FigureCard
            key={figure.key}
            figureKey={figure.key}
            label={figure.label}
            value={figure.href ? <Link href={figure.href} className="hover:underline">{figure.value}</Link> : figure.value}
            beside={<FigureChange change={figure.change} previous={figure.previous} />}
            detail={figure.detail}
            definition={figure.definition}
          />
        ))}
      </dl>
      <p className="text-xs text-muted">
        Changes are against the previous period: <span className="text-good">green</span> is better, <span className="text-bad">red</span> is worse, grey where
        neither way is better.
      </p>
    </div>
  );
}
