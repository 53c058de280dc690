import { describe, expect, it } from "vitest";
import { generateCall } from "@/lib/calls/generate";
import { indexesInTimeOrder } from "./time-order";

describe("indexesInTimeOrder", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const order = indexesInTimeOrder(3000, 42, now, 30);

  it("is every index once, oldest call first, the same for the same seed", () => {
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    const times = [...order].map((index) => generateCall(index, { seed: 42, now, spreadDays: 30 }).endedAt.getTime());
    expect(times.every((time, i) => i === 0 || time >= times[i - 1]!)).toBe(true);
    expect(indexesInTimeOrder(3000, 42, now, 30)).toEqual(order);
    // The generator's own order is not the time order (else this would test nothing).
    expect([...order].some((index, i) => index !== i)).toBe(true);
  });
});
