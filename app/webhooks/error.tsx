"use client";

import { DatabaseUnavailable } from "@/components/layout/database-unavailable";

type Props = { error: Error & { digest?: string }; reset: () => void; unstable_retry?: () => void };

export default function DeliveriesError({ error, reset, unstable_retry }: Props) {
  return <DatabaseUnavailable title="The deliveries could not be loaded" digest={error.digest} onRetry={() => (unstable_retry ?? reset)()} />;
}
