// Which way each headline figure should move: the colour of its change says whether the period got
// better or worse, not only whether the number went up. Figures that follow how many calls were
// placed, or whose meaning depends on the campaign (an extension is half a win), have no good
// direction and keep a neutral colour.
import type { Change } from "./rates";

export const FIGURE_KEYS = [
  "promiseRate",
  "calls",
  "delivered",
  "rightPartyPromiseRate",
  "completed",
  "extensionRate",
  "callbackRate",
  "wrongNumberRate",
  "notInterestedRate",
  "averageDuration",
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export type GoodDirection = "up" | "down" | "none";

export const GOOD_DIRECTION: Record<FigureKey, GoodDirection> = {
  promiseRate: "up",
  rightPartyPromiseRate: "up",
  completed: "up",
  wrongNumberRate: "down",
  notInterestedRate: "down",
  calls: "none",
  delivered: "none",
  extensionRate: "none",
  callbackRate: "none",
  averageDuration: "none",
};

/** The change as the page shows it: 0.1 points, 0.1 % or whole seconds (a change that reads ±0.0 is flat). */
export function shownChange(change: Change): number | null {
  switch (change.kind) {
    case "none":
    case "new":
      return null;
    case "points":
      return Math.round(change.value * 10) / 10;
    case "percent":
      return Math.round(change.value * 1000) / 10;
    case "seconds":
      return Math.round(change.value);
  }
}

/** Which way a change went, as shown; "new" (nothing before) counts as up. */
export function movementOf(change: Change): "up" | "down" | "flat" | null {
  if (change.kind === "none") return null;
  if (change.kind === "new") return "up";
  const shown = shownChange(change)!;
  return shown > 0 ? "up" : shown < 0 ? "down" : "flat";
}

export type ChangeTone = "good" | "bad" | "neutral";

/** Good when the figure moved its good way, bad when it moved the other, neutral otherwise. */
export function changeTone(key: FigureKey, change: Change): ChangeTone {
  const good = GOOD_DIRECTION[key];
  const moved = movementOf(change);
  if (good === "none" || moved === null || moved === "flat") return "neutral";
  return moved === good ? "good" : "bad";
}
