import { Skeleton } from "@/components/ui/skeleton";

// The list's layout while it loads: the header, the one-row filter bar and the rows (cards on a phone).
export default function CallsLoading() {
  return (
    <div className="space-y-3" aria-busy="true" aria-label="Loading calls">
      <div className="flex items-center justify-between gap-3">
        <div className="flex items-baseline gap-3">
          <h1 className="text-xl font-semibold">Calls</h1>
          <Skeleton className="h-4 w-28" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      <div className="grid grid-cols-2 items-end gap-2 rounded-lg border border-border bg-surface p-3 sm:flex sm:gap-3">
        {[["col-span-2 sm:flex-1", "Search"], ["sm:w-56", "Outcome"], ["sm:w-48", "Sentiment"], ["sm:w-60", "Date range"], ["sm:w-36", ""]].map(([width, label]) => (
          <div key={label || "more"} className={`flex flex-col gap-1 ${width}`}>
            {label ? <span className="text-xs font-medium text-muted">{label}</span> : null}
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
      </div>
      <div className="rounded-lg border border-border bg-surface max-md:space-y-2 max-md:border-0 max-md:bg-transparent">
        <Skeleton className="m-3 h-4 w-2/3 max-md:hidden" />
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-t border-border px-3 py-3 max-md:flex-wrap max-md:gap-2 max-md:rounded-lg max-md:border max-md:bg-surface">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-28 max-md:order-3 max-md:basis-full" />
            <Skeleton className="h-5 w-32 rounded-full max-md:order-4" />
            <Skeleton className="h-5 w-20 rounded-full max-md:order-5" />
            <Skeleton className="h-4 flex-1 max-md:order-6 max-md:basis-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
