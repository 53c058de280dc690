import type { Metadata } from "next";
import { connection } from "next/server";
import { listRecentCalls } from "@/lib/calls/queries";

export const metadata: Metadata = { title: "Calls" };

export default async function CallsPage() {
  await connection();
  const calls = await listRecentCalls();
  return (
    <section className="space-y-4">
      <h1 className="text-xl font-semibold">Calls</h1>
      {calls.length === 0 ? (
        <p className="rounded-lg border border-border bg-surface p-6 text-muted">
          No calls yet. Point a Levers webhook at <code>/api/webhooks/levers</code> to see calls here.
        </p>
      ) : (
        <table className="w-full rounded-lg border border-border bg-surface text-sm">
          <thead className="text-left text-muted">
            <tr>
              <th className="p-2">Time</th>
              <th className="p-2">Number called</th>
              <th className="p-2">Outcome</th>
              <th className="p-2">Sentiment</th>
              <th className="p-2">Duration</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => (
              <tr key={call.id} className="border-t border-border">
                <td className="p-2">{call.endedAt.toISOString()}</td>
                <td className="p-2">{call.numberTo}</td>
                <td className="p-2">{call.callOutput}</td>
                <td className="p-2">{call.sentimentOutput}</td>
                <td className="p-2">{call.durationSeconds}s</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
