import { Skeleton } from "@/components/ui/skeleton";

// Review mode's layout in grey: the queue bar, the call's facts, then transcript, assessment and review.
export default function ReviewLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the call to review">
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-32 w-full" />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] xl:grid-cols-[minmax(0,5fr)_minmax(0,3fr)_minmax(0,4fr)]">
        <Skeleton className="h-40 lg:col-start-2 lg:row-start-1 xl:col-start-2" />
        <Skeleton className="h-96 lg:col-start-2 lg:row-start-2 xl:col-start-3 xl:row-start-1" />
        <Skeleton className="h-96 lg:col-start-1 lg:row-span-2 lg:row-start-1 xl:row-span-1" />
      </div>
    </div>
  );
}
