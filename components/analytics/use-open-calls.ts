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

/** The index Recharts reports for a click on the chart (a number, or a numeric string in v3). */
export function clickedIndex(state: { activeTooltipIndex?: number | string | null }): number | null {
  const index = Number(state.activeTooltipIndex);
  return state.activeTooltipIndex != null && Number.isInteger(index) ? index : null;
}
