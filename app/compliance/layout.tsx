import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/require-user";

// Above the loading boundary: a role that may not see the Compliance page gets a real 403, not a streamed page.
export default async function ComplianceLayout({ children }: { children: ReactNode }) {
  await requireUser("compliance:read");
  return children;
}
