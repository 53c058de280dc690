"use client";

import { useEffect } from "react";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";

type Props = { error: Error & { digest?: string }; reset: () => void; unstable_retry?: () => void };

export default function ComplianceError({ error, reset, unstable_retry }: Props) {
  // unstable_retry (Next 16) fetches the page again from the server; reset only re-renders it.
  useEffect(() => console.error(error), [error]);
  return <DatabaseUnavailable title="The Compliance page could not be loaded" digest={error.digest} onRetry={() => (unstable_retry ?? reset)()} />;
}
