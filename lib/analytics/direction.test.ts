import { describe, expect, it } from "vitest";
import { changeTone, FIGURE_KEYS, GOOD_DIRECTION, movementOf } from "./direction";
import { countChange, rateChange, secondsChange } from "./rates";

describe("the good direction of each figure", () => {
  it("is data: every figure has one, the promise rates go up, wrong numbers and refusals go down", () => {
    expect(Object.keys(GOOD_DIRECTION).sort()).toEqual([...FIGURE_KEYS].sort());
    expect(GOOD_DIRECTION).toMatchObject({ promiseRate: "up", rightPartyPromiseRate: "up", completed: "up", wrongNumberRate: "down", notInterestedRate: "down", calls: "none" });
  });

  it("colours a falling promise rate bad and a falling wrong-number or not-interested rate good", () => {
    expect(changeTone("promiseRate", rateChange(0.38, 0.41))).toBe("bad");
    expect(changeTone("promiseRate", rateChange(0.44, 0.41))).toBe("good");
    expect(changeTone("wrongNumberRate", rateChange(0.05, 0.08))).toBe("good");
    expect(changeTone("notInterestedRate", rateChange(0.05, 0.08))).toBe("good");
    expect(changeTone("notInterestedRate", rateChange(0.1, 0.08))).toBe("bad");
    expect(changeTone("completed", countChange(4, 0))).toBe("good"); // "new" is up
  });

  it("stays neutral where no way is better, where nothing changed as shown, and where there is nothing to compare", () => {
    expect(changeTone("calls", countChange(300, 200))).toBe("neutral");
    expect(changeTone("averageDuration", secondsChange(100, 140))).toBe("neutral");
    expect(changeTone("promiseRate", rateChange(0.41, 0.4102))).toBe("neutral"); // reads ±0.0 pts
    expect(movementOf(rateChange(0.41, 0.4102))).toBe("flat");
    expect(changeTone("promiseRate", rateChange(null, 0.4))).toBe("neutral");
    expect(movementOf(rateChange(null, 0.4))).toBeNull();
  });
});
