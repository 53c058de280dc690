// What every page answers, with HTTP 503, while the database is unreachable: proxy.ts rewrites the
// request here (the address bar keeps the page asked for, so "Try again" reloads it).
import type { Metadata } from "next";
import { connection } from "next/server";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";

export const metadata: Metadata = { title: "Database unavailable", robots: { index: false } };

export default async function DatabaseUnavailablePage() {
  await connection(); // rendered per request, so the status the proxy set is kept
  return <DatabaseUnavailable />;
}
