import { describe, expect, it } from "vitest";
import { keyedChartConfig } from "@/lib/analytics/chart-config";
import { DOCUMENTED_OUTCOMES, SENTIMENTS } from "./outcome";
import { colourOf, RESERVED_TONES, toneOf } from "./palette";

describe("the outcome palette", () => {
  it("gives every documented outcome and sentiment a colour of its own", () => {
    const keys = [...DOCUMENTED_OUTCOMES, ...SENTIMENTS].map(({ key }) => key);
    const tones = keys.map(toneOf);
    expect(new Set(tones).size).toBe(keys.length);
    expect(tones.some((tone) => (RESERVED_TONES as readonly string[]).includes(tone))).toBe(false);
  });

  it("gives an undocumented outcome a stable reserved colour", () => {
    expect(RESERVED_TONES).toContain(toneOf("voicemail"));
    expect(toneOf("voicemail")).toBe(toneOf("voicemail"));
    const spread = new Set(["no_answer", "voicemail", "dispute", "do_not_call", "busy", "hardship", "deceased"].map(toneOf));
    expect(spread.size).toBeGreaterThan(2);
  });

  it("is what the charts use: an outcome has the same colour in the list and in a chart", () => {
    const config = keyedChartConfig(["call_back_requested", "voicemail", "negative"]);
    expect(config.call_back_requested!.color).toBe(colourOf("call_back_requested"));
    expect(config.voicemail!.color).toBe(colourOf("voicemail"));
    expect(config.negative!.color).toBe(colourOf("negative"));
  });
});
