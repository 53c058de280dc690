import "server-only";
import { getDb } from "@/lib/db";

/** The newest calls, for the list page. */
export async function listRecentCalls(limit = 25) {
  return getDb().call.findMany({
    orderBy: [{ endedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      endedAt: true,
      numberTo: true,
      callOutput: true,
      sentimentOutput: true,
      durationSeconds: true,
    },
  });
}
