import { describe, expect, it } from "vitest";
import { buildHeadlineFigures, type Totals } from "./figures";
import { presentFigure } from "./figure-view";
import { describeChange, formatChange } from "./format";
import { countChange, rateChange, secondsChange } from "./rates";

const totals = (t: Partial<Totals>): Totals => ({
  calls: 0, delivered: 0, promises: 0, wrongNumbers: 0, completed: 0, extensions: 0, callbacks: 0, notInterested: 0, timedDelivered: 0, averageDuration: null, ...t,
});
const hrefFor = () => "/calls?x";

describe("a figure as the page shows it", () => {
  const current = totals({ calls: 300, delivered: 276, promises: 94, wrongNumbers: 16, notInterested: 20, timedDelivered: 270, averageDuration: 205 });
  const previous = totals({ calls: 240, delivered: 200, promises: 82, wrongNumbers: 20, notInterested: 10, timedDelivered: 200, averageDuration: 217 });
  const views = buildHeadlineFigures(current, previous, hrefFor).map(presentFigure);
  const view = (key: string) => views.find((v) => v.key === key)!;

  it("leads with the promise rate, its previous value and the change in words, coloured bad when it falls", () => {
    expect(views[0]!.key).toBe("promiseRate");
    expect(view("promiseRate")).toMatchObject({
      value: "34.1%",
      previous: "41.0%",
      change: { text: "−6.9 pts", spoken: "down 6.9 points from 41.0%", movement: "down", tone: "bad" },
    });
  });

  it("colours a falling wrong-number rate good, a rising not-interested rate bad, calls neutral", () => {
    expect(view("wrongNumberRate").change).toMatchObject({ movement: "down", tone: "good", spoken: "down 4.2 points from 10.0%" });
    expect(view("notInterestedRate").change).toMatchObject({ movement: "up", tone: "bad" });
    expect(view("calls").change).toMatchObject({ text: "+25.0%", spoken: "up 25.0% from 240", tone: "neutral" });
  });

  it("counts the average duration over the delivered calls that report one, and links exactly those", () => {
    expect(view("averageDuration")).toMatchObject({ value: "3m 25s", detail: "over 270 delivered calls (6 without a duration)", change: { spoken: "down 12 seconds from 3m 37s" } });
    const figure = buildHeadlineFigures(current, previous, (patch) => JSON.stringify(patch)).find((f) => f.key === "averageDuration")!;
    expect(JSON.parse(figure.href!)).toEqual({ deliveryStatuses: ["pass"], minDuration: 0 });
  });

  it("says what delivered means instead of naming a status", () => {
    expect(view("delivered").definition).toBe("calls that got through to the number");
    expect(views.map((v) => v.definition).join(" ")).not.toMatch(/pass|status|_/);
  });

  it("has no change and no previous value without a previous period", () => {
    const alone = buildHeadlineFigures(current, null, hrefFor).map(presentFigure);
    expect(alone[0]).toMatchObject({ previous: null, change: null });
  });
});

describe("changes in words", () => {
  it("spells out the sign and the unit, in the singular where it is one", () => {
    expect(describeChange(rateChange(0.442, 0.41), "41.0%")).toBe("up 3.2 points from 41.0%");
    expect(describeChange(rateChange(0.42, 0.41), "41.0%")).toBe("up 1.0 point from 41.0%");
    expect(describeChange(rateChange(0.41, 0.41), "41.0%")).toBe("no change from 41.0%");
    expect(describeChange(secondsChange(61, 60), "1m 00s")).toBe("up 1 second from 1m 00s");
    expect(describeChange(countChange(5, 0), "0")).toBe("new: none in the previous period");
    expect(describeChange(countChange(5, undefined), null)).toBeNull();
    expect(formatChange(rateChange(0.41, 0.4102))).toBe("±0.0 pts");
  });
});
