"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

type Props = { error: Error & { digest?: string }; reset: () => void; unstable_retry?: () => void };

export default function CallsError({ error, reset, unstable_retry }: Props) {
  // unstable_retry (Next 16) fetches the page again from the server; reset only re-renders it.
  useEffect(() => console.error(error), [error]);
  return (
    <section role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-danger/40 bg-surface p-8 text-center">
      <h1 className="text-xl font-semibold">The calls could not be loaded</h1>
      <p className="text-sm text-muted">
        The database did not answer in time or is unavailable. Try again in a moment; if it keeps failing, check that PostgreSQL is running.
        {error.digest && <> Reference: <code>{error.digest}</code>.</>}
      </p>
      <div className="flex justify-center gap-2">
        <Button variant="primary" onClick={() => (unstable_retry ?? reset)()}>Try again</Button>
        <ButtonLink href="/calls">All calls</ButtonLink>
      </div>
    </section>
  );
}
