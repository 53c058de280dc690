import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

type Props = { listHref: string; previousHref: string | null; nextHref: string | null };

/** Back to the list, and previous/next through it, keeping its filters and order. */
export function CallNav({ listHref, previousHref, nextHref }: Props) {
  const disabled = `${buttonClass()} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Calls in this list" className="flex items-center justify-between gap-2">
      <Link href={listHref} className={buttonClass("ghost")}>← Back to the list</Link>
      <div className="flex gap-2">
        {previousHref ? <Link href={previousHref} className={buttonClass()} rel="prev">Previous call</Link> : <span aria-disabled className={disabled}>Previous call</span>}
        {nextHref ? <Link href={nextHref} className={buttonClass()} rel="next">Next call</Link> : <span aria-disabled className={disabled}>Next call</span>}
      </div>
    </nav>
  );
}
