// Inserts ready-made calls in one statement: test fixtures and small loads. Webhooks go through
// the ingestion code instead; millions of rows through the bulk loader.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CallRecord } from "./call-record";

export type NewCall = { record: CallRecord; endedAt: Date; rawBody?: string };

export async function insertCalls(calls: NewCall[]): Promise<number> {
  const { count } = await getDb().call.createMany({
    data: calls.map(({ record, endedAt, rawBody }) => ({
      ...record,
      metadata: record.metadata === null ? Prisma.DbNull : (record.metadata as Prisma.InputJsonObject),
      fullLabels: record.fullLabels ?? Prisma.DbNull,
      rawBody: rawBody ?? JSON.stringify(record),
      endedAt,
      eventAt: endedAt,
    })),
  });
  return count;
}
