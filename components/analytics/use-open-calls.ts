"use client";
// Opening the calls behind a chart item: a client-side navigation to its precomputed link.
import { useRouter } from "next/navigation";
import { useCallback } from "react";

export function useOpenCalls() {
  const router = useRouter();
  return useCallback((href: string | null | undefined) => {
    if (href) router.push(href);
  }, [router]);
}

