"use client";

import { useEffect } from "react";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { useRetry } from "@/components/layout/use-retry";

type Props = { error: Error & { digest?: string }; reset: () => void };

export default function AnalyticsError({ error, reset }: Props) {
  const retry = useRetry(reset);
  useEffect(() => console.error(error), [error]);
  return <DatabaseUnavailable title="The figures could not be loaded" digest={error.digest} onRetry={retry} />;
}
