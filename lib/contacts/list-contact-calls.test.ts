// The contact page reads the effective outcome (a reviewer's correction, else the AI's), as /calls,
// /analytics and the calling rules do: a voicemail corrected to a payment promise is a promise in the
// contact's promise history, kept by the later payment; clearing the correction takes it out again.
import { beforeAll, describe, expect, it } from "vitest";
import { insertFixtureCalls, testSettings } from "@/lib/compliance/test-fixtures";
import type { ReviewActor } from "@/lib/reviews/actor";
import { clearCorrection, correctOutcome } from "@/lib/reviews/corrections";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { listContactCalls } from "./list-contact-calls";
import { followThroughPromises } from "./promises";

const settings = testSettings({ timeZone: "America/New_York" });
const number = "+12125550180";
let ids: string[] = [];
let reviewer: ReviewActor;

beforeAll(async () => {
  ids = await insertFixtureCalls(
    [
      { number, at: "2026-11-20 10:00", outcome: "VOICEMAIL" },
      { number, at: "2026-11-25 10:00", outcome: "PAYMENT COMPLETED" },
    ],
    settings,
  );
  reviewer = { user: await createTestUser("manager", { signedIn: false }), origin: TEST_ORIGIN };
}, 120_000);

const promiseStates = async () => followThroughPromises((await listContactCalls({ kind: "number", number })).calls).map((f) => [f.promise.id, f.state, f.decidedBy?.id]);

describe("listContactCalls", () => {
  it("gives the effective outcome with the AI's beside it, and the promise history follows it", async () => {
    let { calls } = await listContactCalls({ kind: "number", number });
    expect(calls.map((c) => [c.outcomeKey, c.outcomeCorrected, c.aiOutcomeKey])).toEqual([
      ["voicemail", false, null],
      ["payment_completed", false, null],
    ]);
    expect(await promiseStates()).toEqual([]);

    const corrected = await correctOutcome({ callId: ids[0]!, label: "Payment promise", reason: "The customer promised", expectedVersion: 0 }, reviewer);
    ({ calls } = await listContactCalls({ kind: "number", number }));
    expect(calls[0]).toMatchObject({ outcomeKey: "payment_promise", callOutput: "Payment promise", outcomeCorrected: true, aiOutcomeKey: "voicemail" });
    expect(await promiseStates()).toEqual([[ids[0], "kept", ids[1]]]);

    await clearCorrection({ callId: ids[0]!, field: "outcome", expectedVersion: corrected.version }, reviewer);
    ({ calls } = await listContactCalls({ kind: "number", number }));
    expect(calls[0]).toMatchObject({ outcomeKey: "voicemail", outcomeCorrected: false, aiOutcomeKey: null });
    expect(await promiseStates()).toEqual([]);
  });
});
