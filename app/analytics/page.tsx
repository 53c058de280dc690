import type { Metadata } from "next";

export const metadata: Metadata = { title: "Analytics" };

export default function AnalyticsPage() {
  return (
    <section className="space-y-4">
      <h1 className="text-xl font-semibold">Analytics</h1>
      <p className="text-muted">Outcome charts arrive with the analytics issue.</p>
    </section>
  );
}
