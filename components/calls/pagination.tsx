import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatCount } from "@/lib/calls/format";
import type { CallTotal } from "@/lib/calls/list-calls";

type Props = { shown: number; total: CallTotal; previousHref?: string; nextHref?: string; firstHref?: string };

export function TotalLabel({ total }: { total: CallTotal }) {
  if (total.exact) return <>{formatCount(total.value)} {total.value === 1 ? "call" : "calls"}</>;
  return (
    <span title="Counting a large result exactly on every page would slow the list down; this is PostgreSQL's estimate.">
      about {formatCount(total.value)} calls <span className="text-muted">(estimated)</span>
    </span>
  );
}

/** Previous/next by cursor: pages stay fast however deep, and new calls arriving do not shift them. */
export function Pagination({ shown, total, previousHref, nextHref, firstHref }: Props) {
  const disabled = `${buttonClass("secondary")} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
      <p className="text-muted">
        Showing {formatCount(shown)} of <TotalLabel total={total} />
      </p>
      <div className="flex gap-2">
        {firstHref && <Link href={firstHref} className={buttonClass("ghost")}>First page</Link>}
        {previousHref ? <Link href={previousHref} className={buttonClass()} rel="prev">← Previous</Link> : <span aria-disabled className={disabled}>← Previous</span>}
        {nextHref ? <Link href={nextHref} className={buttonClass()} rel="next">Next →</Link> : <span aria-disabled className={disabled}>Next →</span>}
      </div>
    </nav>
  );
}
