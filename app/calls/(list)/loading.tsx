import { Skeleton } from "@/components/ui/skeleton";

export default function CallsLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading calls">
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-semibold">Calls</h1>
        <Skeleton className="h-9 w-28" />
      </div>
      <Skeleton className="h-40 w-full" />
      <div className="space-y-2 rounded-lg border border-border bg-surface p-3">
        {Array.from({ length: 10 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    </div>
  );
}
