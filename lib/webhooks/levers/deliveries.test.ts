import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listRecentDeliveries } from "./deliveries";

async function logDeliveries(statuses: number[]) {
  for (const [index, statusCode] of statuses.entries()) {
    await getDb().webhookDelivery.create({
      data: { svixId: `msg_${index}`, statusCode, result: statusCode < 400 ? "created" : "rejected", reason: statusCode < 400 ? null : "invalid_signature" },
    });
  }
}

describe("listRecentDeliveries", () => {
  it("pages newest first without skipping or repeating, and keeps only refusals when asked", async () => {
    await logDeliveries([200, 401, 200, 422, 200, 413, 200]);

    const first = await listRecentDeliveries({ limit: 3 });
    expect(first.deliveries.map((d) => d.svixId)).toEqual(["msg_6", "msg_5", "msg_4"]);
    const second = await listRecentDeliveries({ limit: 3, before: first.olderThan! });
    expect(second.deliveries.map((d) => d.svixId)).toEqual(["msg_3", "msg_2", "msg_1"]);
    const last = await listRecentDeliveries({ limit: 3, before: second.olderThan! });
    expect(last.deliveries.map((d) => d.svixId)).toEqual(["msg_0"]);
    expect(last.olderThan).toBeNull();

    const refused = await listRecentDeliveries({ refusedOnly: true });
    expect(refused.deliveries.map((d) => [d.svixId, d.statusCode])).toEqual([["msg_5", 413], ["msg_3", 422], ["msg_1", 401]]);
    expect(refused.olderThan).toBeNull();
  });
});
