import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";

const callId = z.uuid();

/**
 * One call with everything the call page shows, or null for an unknown (or malformed) id.
 * Cached per request: the layout checks the id, the page reads the call.
 */
export const getCall = cache(async (id: string) => {
  const parsed = callId.safeParse(id);
  if (!parsed.success) return null;
  return getDb().call.findUnique({
    where: { id: parsed.data },
    omit: { updatedAt: true },
  });
});

export type CallDetail = NonNullable<Awaited<ReturnType<typeof getCall>>>;
