// In front of every page (not the API, not static files): 503 with the friendly page while the
// database is unreachable (lib/http/page-availability.ts).
import { pageAvailability } from "@/lib/http/page-availability";

export function proxy() {
  return pageAvailability();
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)"],
};
