import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { toCallRecord } from "./call-record";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";

describe("insertCalls", () => {
  it("stores generated calls with their normalised keys and project", async () => {
    const calls = generateCalls(20, { seed: 2, now: new Date("2026-11-30T12:00:00Z") });
    const inserted = await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt, rawBody: JSON.stringify(payload) })));
    expect(inserted).toBe(20);
    const first = calls[0]!;
    const stored = await getDb().call.findUniqueOrThrow({ where: { providerCallId: first.payload.providerCallId } });
    expect(stored.callOutput).toBe(first.payload.callOutput);
    expect(stored.outcomeKey).toBe(first.payload.callOutput.toLowerCase().replace(/[^a-z]+/g, "_"));
    expect(stored.projectId).toBe(first.payload.metadata.requestMetadata.project_id);
    expect(stored.endedAt.toISOString()).toBe(first.endedAt.toISOString());
    expect(JSON.parse(stored.rawBody)).toEqual(first.payload);
  });
});
