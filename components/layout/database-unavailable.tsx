"use client";
// The "database unavailable" state of each route's error boundary (app/**/error.tsx), in the same
// words as the 503 page the proxy answers with while the database is unreachable (proxy.ts).
import { Button, ButtonLink } from "@/components/ui/button";
import { UNAVAILABLE_TEXT, UNAVAILABLE_TITLE } from "@/lib/http/unavailable-page";

type Props = { title?: string; digest?: string; onRetry?: () => void };

export function DatabaseUnavailable({ title = UNAVAILABLE_TITLE, digest, onRetry }: Props) {
  return (
    <section role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-danger/40 bg-surface p-8 text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-muted">
        {UNAVAILABLE_TEXT}
        {digest && <> Reference: <code>{digest}</code>.</>}
      </p>
      <div className="flex justify-center gap-2">
        <Button variant="primary" onClick={() => (onRetry ? onRetry() : window.location.reload())}>Try again</Button>
        <ButtonLink href="/calls">All calls</ButtonLink>
      </div>
    </section>
  );
}
