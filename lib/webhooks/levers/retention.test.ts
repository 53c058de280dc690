import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { pruneDeliveries } from "./retention";

const DAY = 86_400_000;

describe("pruneDeliveries", () => {
  it("deletes rows past the retention, in bounded batches, and keeps open dead letters however old", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 91 * DAY);
    const recent = new Date(now.getTime() - 89 * DAY);
    const row = (svixId: string, receivedAt: Date, deadLetter: string | null = null) => ({ svixId, receivedAt, statusCode: deadLetter ? 422 : 200, result: deadLetter ? "rejected" : "created", deadLetter });
    await getDb().webhookDelivery.createMany({
      data: [
        ...Array.from({ length: 5 }, (_, index) => row(`old_${index}`, old)),
        row("recent", recent),
        row("old_open", old, "open"),
        row("old_replayed", old, "replayed"),
        row("old_dismissed", old, "dismissed"),
      ],
    });
    expect(await pruneDeliveries({ retentionDays: 90, now, batch: 3 })).toBe(3);
    expect(await pruneDeliveries({ retentionDays: 90, now, batch: 3 })).toBe(3);
    expect(await pruneDeliveries({ retentionDays: 90, now, batch: 3 })).toBe(1);
    expect(await pruneDeliveries({ retentionDays: 90, now, batch: 3 })).toBe(0);
    const left = await getDb().webhookDelivery.findMany({ orderBy: { svixId: "asc" } });
    expect(left.map((r) => r.svixId)).toEqual(["old_open", "recent"]);
  });
});
