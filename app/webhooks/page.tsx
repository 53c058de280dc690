import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { DeliveriesTable } from "@/components/webhooks/deliveries-table";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/roles";
import { dismissDeadLetterAction, replayDeadLetterAction } from "./actions";
import { listRecentDeliveries } from "@/lib/webhooks/levers/deliveries";

export const metadata: Metadata = { title: "Webhook deliveries" };

const paramsSchema = z.object({
  refused: z.literal("1").optional().catch(undefined),
  before: z.string().regex(/^\d{1,18}$/).transform(BigInt).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WebhookDeliveriesPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("deliveries:read");
  const params = paramsSchema.parse(await searchParams);
  const refusedOnly = params.refused === "1";
  const [{ deliveries, olderThan }] = await Promise.all([
    listRecentDeliveries({ refusedOnly, before: params.before }),
    recordUserEvent(user, await headers(), "deliveries.viewed", undefined, { refusedOnly }),
  ]);
  const href = (changes: { refused?: boolean; before?: bigint }) => {
    const query = new URLSearchParams();
    if (changes.refused ?? refusedOnly) query.set("refused", "1");
    if (changes.before !== undefined) query.set("before", String(changes.before));
    return query.size ? `/webhooks?${query}` : "/webhooks";
  };
  const tab = (active: boolean) => `rounded-md px-3 py-1.5 ${active ? "bg-surface font-medium shadow-sm" : "text-muted hover:text-foreground"}`;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Webhook deliveries</h1>
          <p className="text-sm text-muted">
            Every delivery that reached <code>POST /api/webhooks/levers</code>, newest first, accepted or refused, with the reason.
            Signed deliveries we refused are kept whole as dead letters; unsigned requests are counted, one row per minute and address.
          </p>
        </div>
        <nav aria-label="Which deliveries" className="flex gap-1 rounded-lg border border-border bg-background p-1 text-sm">
          <Link href={href({ refused: false })} aria-current={refusedOnly ? undefined : "page"} className={tab(!refusedOnly)}>All</Link>
          <Link href={href({ refused: true })} aria-current={refusedOnly ? "page" : undefined} className={tab(refusedOnly)}>Refused only</Link>
        </nav>
      </div>
      {deliveries.length === 0 ? (
        <p className="rounded-lg border border-border bg-surface p-6 text-muted">
          {refusedOnly ? (
            "No refused deliveries."
          ) : (
            <>
              No deliveries yet. In Levers, open Settings &gt; Webhooks, add this server&apos;s <code>/api/webhooks/levers</code> URL and set
              its secret as <code>LEVERS_WEBHOOK_SECRET</code>; or try <code>npm run webhooks:send</code>.
            </>
          )}
        </p>
      ) : (
        <DeliveriesTable
          deliveries={deliveries}
          {...(can(user.role, "deliveries:replay") && { commands: { replay: replayDeadLetterAction, dismiss: dismissDeadLetterAction } })}
        />
      )}
      <div className="flex justify-end gap-2 text-sm">
        {params.before !== undefined && <Link href={href({})} className="rounded-md border border-border bg-surface px-3 py-1.5">Newest</Link>}
        {olderThan !== null && <Link href={href({ before: olderThan })} className="rounded-md border border-border bg-surface px-3 py-1.5">Older deliveries →</Link>}
      </div>
    </section>
  );
}
