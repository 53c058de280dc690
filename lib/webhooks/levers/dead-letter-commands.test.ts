import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/levers/route";
import { getDb } from "@/lib/db";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { dismissDeadLetter, openDeadLetter, replayDeadLetter } from "./dead-letter-commands";
import { lastDelivery, webhookRequest } from "./test-support";

process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";

async function refusedDelivery(): Promise<bigint> {
  const body = JSON.stringify({ type: "phone_call.ended", data: { providerCallId: 42, callOutput: ["not", "a", "label"] } });
  expect((await POST(webhookRequest({ body }))).status).toBe(422);
  const letter = (await lastDelivery())!;
  expect(letter.deadLetter).toBe("open");
  return letter.id;
}

describe("an admin's commands on a dead letter", () => {
  it("opens, replays and dismisses, each an audit event of that admin", async () => {
    const admin = await createTestUser("admin");
    const id = await refusedDelivery();
    const opened = await openDeadLetter(id, admin, TEST_ORIGIN);
    expect(Buffer.from(opened.body).toString("utf8")).toContain('"providerCallId":42');
    const replay = await replayDeadLetter(id, admin, TEST_ORIGIN);
    expect(replay).toMatchObject({ status: "refused", httpStatus: 422 });
    expect(await dismissDeadLetter(id, admin, TEST_ORIGIN)).toBe(true);
    expect(await dismissDeadLetter(id, admin, TEST_ORIGIN)).toBe(false);
    const events = await getDb().auditEvent.findMany({ where: { actorId: admin.id, targetType: "delivery" }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.targetId])).toEqual([
      ["delivery.dead_letter_opened", String(id)],
      ["delivery.replayed", String(id)],
      ["delivery.dismissed", String(id)],
    ]);
    expect(events[1]!.details).toMatchObject({ status: "refused", httpStatus: 422 });
    expect((await getDb().webhookDelivery.findUnique({ where: { id } }))?.dismissedBy).toBe(admin.email);
  });
});
