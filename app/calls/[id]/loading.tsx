import { Skeleton } from "@/components/ui/skeleton";

// The page's layout (page.tsx) in grey: one column on a phone; from 1024 px the transcript on the
// left beside the AI's notes, the review panel, the calling rules, the recording and the metadata.
export default function CallLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the call">
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-32 w-full" />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_auto_auto_auto_1fr]">
        <Skeleton className="h-40 lg:col-start-2 lg:row-start-1" />
        <Skeleton className="h-64 lg:col-start-2 lg:row-start-2" />
        <Skeleton className="h-24 lg:col-start-2 lg:row-start-3" />
        <Skeleton className="h-24 lg:col-start-2 lg:row-start-4" />
        <Skeleton className="h-96 lg:col-start-1 lg:row-span-5 lg:row-start-1" />
        <Skeleton className="h-24 lg:col-start-2 lg:row-start-5" />
      </div>
    </div>
  );
}
