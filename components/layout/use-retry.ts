"use client";
// "Try again" on an error page that really fetches again: router.refresh() asks the server for the
// segment anew and reset() clears the boundary, in one transition so the error stays up until the
// fresh page is ready (Next.js 16, error.js: `retry` does the same). reset() alone only re-renders
// what already failed.
import { useRouter } from "next/navigation";
import { startTransition, useCallback } from "react";

export function useRetry(reset: () => void): () => void {
  const router = useRouter();
  return useCallback(() => {
    startTransition(() => {
      router.refresh();
      reset();
    });
  }, [router, reset]);
}
