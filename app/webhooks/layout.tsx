import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/require-user";

// Above the loading boundary: a role that may not see deliveries gets a real 403, not a streamed page.
export default async function WebhooksLayout({ children }: { children: ReactNode }) {
  await requireUser("deliveries:read");
  return children;
}
