// The demo seed fills an empty database through the ingestion code, and never touches a non-empty one.
import { describe, expect, it } from "vitest";
import { resolveRecording } from "@/lib/calls/recording";
import { getDb } from "@/lib/db";
import { loadDemoDataIfEmpty } from "./demo-data";

describe("loadDemoDataIfEmpty", () => {
  it("stores the demo calls once, through the webhook ingestion, and only into an empty database", async () => {
    expect(await loadDemoDataIfEmpty(60)).toBe(60);
    const db = getDb();
    expect(await db.call.count()).toBe(60);
    expect(await db.webhookDelivery.count({ where: { result: "created" } })).toBe(60);
    expect(await db.webhookDelivery.count({ where: { result: "updated" } })).toBe(3);
    expect(await db.call.count({ where: { outcomeKey: "payment_promise" } })).toBeGreaterThan(0);
    const times = await db.call.aggregate({ _min: { endedAt: true }, _max: { endedAt: true } });
    expect(times._max.endedAt!.getTime() - times._min.endedAt!.getTime()).toBeGreaterThan(7 * 86_400_000);

    // Every demo call's recording plays from the dashboard, with no storage configured.
    const recordings = await db.call.findMany({ select: { recordingUrl: true } });
    const sources = new Set(recordings.map(({ recordingUrl }) => resolveRecording(recordingUrl, undefined)).map((r) => (r.kind === "playable" && r.demo ? r.src : r.kind)));
    expect([...sources].sort()).toEqual(["/api/demo-recordings/conversation-long.wav", "/api/demo-recordings/conversation-short.wav", "/api/demo-recordings/ringing.wav"]);

    expect(await loadDemoDataIfEmpty(60)).toBe(0);
    expect(await getDb().call.count()).toBe(60);
  });
});
