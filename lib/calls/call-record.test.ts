import { describe, expect, it } from "vitest";
import { toCallRecord } from "./call-record";
import { boundNumber } from "./label-key";

describe("toCallRecord", () => {
  it("keeps labels as sent beside their normalised keys", () => {
    const record = toCallRecord({ providerCallId: "c1", callOutput: "payment_PROMISE", sentimentOutput: "Positive" });
    expect(record).toMatchObject({ callOutput: "payment_PROMISE", outcomeKey: "payment_promise", sentimentOutput: "Positive", sentimentKey: "positive" });
  });

  it.each([
    [{ requestMetadata: { project_id: "proj_1", extra_id: "x" } }, "proj_1"],
    [{ requestMetadata: { project_id: 42 } }, "42"],
    [{ requestMetadata: { project_id: "  " } }, null],
    [{ requestMetadata: { project_id: { nested: true } } }, null],
    [{ requestMetadata: "proj_1" }, null],
    [{ other: 1 }, null],
    [null, null],
  ])("copies the project out of metadata %j", (metadata, projectId) => {
    expect(toCallRecord({ providerCallId: "c1", metadata }).projectId).toBe(projectId);
  });

  it("drops NUL characters PostgreSQL text cannot hold, and blank numbers", () => {
    const record = toCallRecord({ providerCallId: "c1", transcription: "AI: hi\u0000", numberTo: "  " });
    expect(record.transcription).toBe("AI: hi");
    expect(record.numberTo).toBeNull();
  });

  it("keeps phone numbers as sent, and bounds one too long to index (the contact is derived from the whole)", () => {
    expect(toCallRecord({ providerCallId: "c1", numberTo: " +971 56 610 3923 ", numberFrom: "+15074106931" })).toMatchObject({ numberTo: "+971 56 610 3923", numberFrom: "+15074106931" });
    const long = `+1${"5".repeat(3000)}`;
    const record = toCallRecord({ providerCallId: "c1", numberTo: long, numberFrom: `${long}7` });
    expect(record.numberTo).toBe(boundNumber(long));
    expect(record.numberTo?.startsWith(long.slice(0, 15))).toBe(true);
    expect(record.numberFrom).not.toBe(record.numberTo); // distinct long numbers stay distinct
    expect(record.contactNumber).toBe(long.replace(/\D/g, "").slice(0, 64));
  });
});
