import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/require-user";

// Above any loading boundary: a role that may not open this page gets a real 403.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireUser("audit:read");
  return children;
}
