import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { describePageRange, type Total } from "@/lib/calls/list-range";

type Props = { start: number | undefined; shown: number; total: Total; previousHref?: string; nextHref?: string; firstHref?: string };

const ESTIMATE_NOTE = "Counting a large result exactly on every page would slow the list down; this is PostgreSQL's estimate.";

/** "26–50 of about 1,200", with what "about" means on hover. */
export function PageRange({ start, shown, total }: { start: number | undefined; shown: number; total: Total }) {
  return (
    <span title={total.exact ? undefined : ESTIMATE_NOTE} className="tabular-nums">
      {describePageRange(start, shown, total)} {total.value === 1 && total.exact ? "call" : "calls"}
    </span>
  );
}

/** Previous/next by cursor: pages stay fast however deep, and new calls arriving do not shift them. */
export function Pagination({ start, shown, total, previousHref, nextHref, firstHref }: Props) {
  const disabled = `${buttonClass("secondary")} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
      <p className="text-muted">
        <PageRange start={start} shown={shown} total={total} />
      </p>
      <div className="flex gap-2">
        {firstHref && <Link href={firstHref} className={buttonClass("ghost")}>First page</Link>}
        {previousHref ? <Link href={previousHref} className={buttonClass()} rel="prev">← Previous</Link> : <span aria-disabled className={disabled}>← Previous</span>}
        {nextHref ? <Link href={nextHref} className={buttonClass()} rel="next">Next →</Link> : <span aria-disabled className={disabled}>Next →</span>}
      </div>
    </nav>
  );
}
