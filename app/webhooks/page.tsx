import type { Metadata } from "next";
import { connection } from "next/server";
import { DeliveriesTable } from "@/components/webhooks/deliveries-table";
import { listRecentDeliveries } from "@/lib/webhooks/levers/deliveries";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookDeliveriesPage() {
  await connection();
  const deliveries = await listRecentDeliveries(200);
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Webhook deliveries</h1>
        <p className="text-sm text-muted">
          Every delivery that reached <code>POST /api/webhooks/levers</code>, newest first, accepted or refused, with the reason.
        </p>
      </div>
      {deliveries.length === 0 ? (
        <p className="rounded-lg border border-border bg-surface p-6 text-muted">
          No deliveries yet. In Levers, open Settings &gt; Webhooks, add this server&apos;s <code>/api/webhooks/levers</code> URL and set
          its secret as <code>LEVERS_WEBHOOK_SECRET</code>; or try <code>npm run webhooks:send</code>.
        </p>
      ) : (
        <DeliveriesTable deliveries={deliveries} />
      )}
    </section>
  );
}
