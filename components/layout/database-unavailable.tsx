"use client";
// The one "database unavailable" state, the same on every page: the 503 page the proxy answers with
// (proxy.ts) and each route's error boundary (app/**/error.tsx) render it.
import { Button, ButtonLink } from "@/components/ui/button";

type Props = { title?: string; digest?: string; onRetry?: () => void };

export function DatabaseUnavailable({ title = "The dashboard cannot reach its database", digest, onRetry }: Props) {
  return (
    <section role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-danger/40 bg-surface p-8 text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-muted">
        The database did not answer in time or is unavailable. Try again in a moment; if it keeps failing, check that PostgreSQL is running.
        {digest && <> Reference: <code>{digest}</code>.</>}
      </p>
      <div className="flex justify-center gap-2">
        <Button variant="primary" onClick={() => (onRetry ? onRetry() : window.location.reload())}>Try again</Button>
        <ButtonLink href="/calls">All calls</ButtonLink>
      </div>
    </section>
  );
}
