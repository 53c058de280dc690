import { Skeleton } from "@/components/ui/skeleton";

export default function CallLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the call">
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-32 w-full" />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
      </div>
    </div>
  );
}
