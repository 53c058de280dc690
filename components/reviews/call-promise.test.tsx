// The promise's terms on the call page and on the contact page, from a real PostgreSQL and the real
// correction command: the extracted terms "from the AI's summary", then the reviewer's with the
// extracted amount beside them.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PromiseHistory } from "@/components/contacts/promise-history";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { listContactCalls } from "@/lib/contacts/list-contact-calls";
import { correctOutcome } from "@/lib/reviews/corrections";
import { correctPromiseTerms } from "@/lib/reviews/promise-correction";
import { readReview } from "@/lib/reviews/review-state";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { CallPromise } from "./call-promise";

let promiseId = "";
let otherId = "";
let number = "";

beforeAll(async () => {
  const endedAt = new Date("2026-12-02T12:00:00Z"); // a Wednesday: "on Friday" is Dec 4
  const [promise, other] = generateCalls(2, { seed: 7, now: endedAt, spreadDays: 0 });
  await insertCalls([
    { record: toCallRecord({ ...promise!.payload, numberTo: "+12125550177", callOutput: "PAYMENT PROMISE", summary: "Ana promised to pay $100 on Friday.", callOutputReasoning: "Agreed." }), endedAt },
    { record: toCallRecord({ ...other!.payload, numberTo: "+12125550178", callOutput: "CALLBACK REQUESTED", summary: "Call back about the $100.", callOutputReasoning: "Busy." }), endedAt },
  ]);
  const calls = await getDb().call.findMany({ select: { id: true, contactNumber: true, outcomeKey: true } });
  promiseId = calls.find((c) => c.outcomeKey === "payment_promise")!.id;
  otherId = calls.find((c) => c.outcomeKey !== "payment_promise")!.id;
  number = calls.find((c) => c.id === promiseId)!.contactNumber!;
});

const callPage = async (callId: string) => renderToStaticMarkup((await CallPromise({ review: readReview(callId) })) ?? <></>);
const contactPage = async () => renderToStaticMarkup(<PromiseHistory calls={(await listContactCalls({ kind: "number", number })).calls} timeZone="UTC" byAccount={false} />);
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

describe("a promise's terms on the call and contact pages", () => {
  it("shows the extracted terms as the AI's, and nothing for a call that is no promise", async () => {
    expect(text(await callPage(promiseId))).toContain("Promised: $100.00 by Dec 4, 2026 · extracted from the AI's summary (“on Friday”)");
    expect(await callPage(otherId)).toBe("");
    expect(text(await contactPage())).toContain("$100.00 by Dec 4, 2026 · extracted from the AI's summary");
  });

  it("shows a reviewer's correction with who made it and the extracted amount beside it", async () => {
    const user = await createTestUser("agent", { signedIn: false });
    await getDb().user.update({ where: { id: user.id }, data: { name: "Ann Reviewer" } });
    await correctPromiseTerms({ callId: promiseId, amount: { value: "120", currency: "USD" }, date: "2026-12-04", expectedVersion: 0 }, { user, origin: TEST_ORIGIN });
    expect(text(await callPage(promiseId))).toContain("Promised: $120.00 by Dec 4, 2026 (corrected by Ann Reviewer; extracted: $100.00)");
    expect(text(await contactPage())).toContain("$120.00 by Dec 4, 2026 · corrected by Ann Reviewer (extracted: $100.00)");

    // A call the AI did not call a promise shows its terms once a reviewer made it one.
    await correctOutcome({ callId: otherId, label: "Payment promise", reason: "She promised", expectedVersion: 0 }, { user, origin: TEST_ORIGIN });
    expect(text(await callPage(otherId))).toContain("Promised: $100.00, no date stated · extracted from the AI's summary");
    expect((await readReview(otherId))!.promise.correction).toBeNull();
  });
});
