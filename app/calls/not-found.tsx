import { ButtonLink } from "@/components/ui/button";

export default function CallNotFound() {
  return (
    <section className="mx-auto max-w-lg space-y-3 rounded-lg border border-border bg-surface p-8 text-center">
      <h1 className="text-xl font-semibold">Call not found</h1>
      <p className="text-sm text-muted">There is no call with this id. It may have been mistyped, or the link points to another dashboard.</p>
      <ButtonLink href="/calls">Back to all calls</ButtonLink>
    </section>
  );
}
