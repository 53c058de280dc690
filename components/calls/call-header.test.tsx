// The call header shows the labels every list and figure counts the call by: a reviewer's
// correction, with the AI's own label beside it (a real PostgreSQL, the real correction command).
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getBoundedCall } from "@/lib/calls/bounded-call";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { correctOutcome } from "@/lib/reviews/corrections";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { CallHeader } from "./call-header";

let id = "";

beforeAll(async () => {
  const [generated] = generateCalls(1, { seed: 3 });
  const record = toCallRecord({ ...generated!.payload, callOutput: "PAYMENT PROMISE", sentimentOutput: "NEGATIVE" });
  await insertCalls([{ record, endedAt: new Date() }]);
  id = (await getDb().call.findFirstOrThrow({ select: { id: true } })).id;
});

const header = async () => renderToStaticMarkup(<CallHeader call={(await getBoundedCall(id))!} timeZone="UTC" />);

describe("the call header", () => {
  it("shows the AI's labels while nobody corrected them", async () => {
    const html = await header();
    expect(html).toContain("Payment promise");
    expect(html).not.toContain("corrected by a reviewer");
  });

  it("shows a correction, and the AI's label beside it", async () => {
    const user = await createTestUser("agent", { signedIn: false });
    await correctOutcome({ callId: id, label: "Not interested", reason: "She said no", expectedVersion: 0 }, { user, origin: TEST_ORIGIN });
    const html = await header();
    expect(html).toContain("Not interested");
    expect(html).toContain("corrected by a reviewer (AI: Payment promise)");
    expect(html).toContain("Negative");
  });
});
