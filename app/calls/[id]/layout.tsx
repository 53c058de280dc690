import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/require-user";
import { getCall } from "@/lib/calls/get-call";

// The id is checked here, above the page's loading boundary: once a skeleton has streamed the
// response is committed to 200, and an unknown call must answer 404 (and a stranger a redirect).
export default async function CallLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await requireUser("calls:read");
  const { id } = await params;
  if (!(await getCall(id))) notFound();
  return children;
}
