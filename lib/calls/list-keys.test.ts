import { describe, expect, it } from "vitest";
import { isTypingTarget, listKeyAction, type KeyInput } from "./list-keys";

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, inField: false, onControl: false, handled: false, ...extra });
const rows = (highlighted: number, count = 3) => ({ rows: count, highlighted });

describe("listKeyAction", () => {
  it("focuses the search box on /, unless typing", () => {
    expect(listKeyAction(key("/"), rows(-1))).toEqual({ type: "focus-search" });
    expect(listKeyAction(key("/", { inField: true }), rows(-1))).toBeNull();
    expect(listKeyAction(key("/", { ctrlKey: true }), rows(-1))).toBeNull();
  });

  it("moves down and up with j and k, stopping at either end", () => {
    expect(listKeyAction(key("j"), rows(-1))).toEqual({ type: "highlight", index: 0 });
    expect(listKeyAction(key("j"), rows(0))).toEqual({ type: "highlight", index: 1 });
    expect(listKeyAction(key("j"), rows(2))).toEqual({ type: "highlight", index: 2 });
    expect(listKeyAction(key("k"), rows(2))).toEqual({ type: "highlight", index: 1 });
    expect(listKeyAction(key("k"), rows(0))).toEqual({ type: "highlight", index: 0 });
    expect(listKeyAction(key("k"), rows(-1))).toEqual({ type: "highlight", index: 0 });
    // A highlight left over from a longer page starts again.
    expect(listKeyAction(key("j"), rows(7))).toEqual({ type: "highlight", index: 0 });
    expect(listKeyAction(key("j"), rows(-1, 0))).toBeNull();
  });

  it("never takes letters typed into a field, with a modifier, or already handled", () => {
    for (const extra of [{ inField: true }, { metaKey: true }, { altKey: true }, { ctrlKey: true }, { handled: true }]) {
      expect(listKeyAction(key("j", extra), rows(0))).toBeNull();
    }
    expect(listKeyAction(key("J"), rows(0))).toBeNull();
  });

  it("opens the highlighted call on Enter, leaving a focused link to open itself", () => {
    expect(listKeyAction(key("Enter"), rows(1))).toEqual({ type: "open", index: 1 });
    expect(listKeyAction(key("Enter", { onControl: true }), rows(1))).toBeNull();
    expect(listKeyAction(key("Enter"), rows(-1))).toBeNull();
    expect(listKeyAction(key("Escape"), rows(1))).toEqual({ type: "clear" });
    expect(listKeyAction(key("Escape"), rows(-1))).toBeNull();
  });

  it("selects or unselects the highlighted row with x, even from its link or checkbox", () => {
    expect(listKeyAction(key("x"), rows(2))).toEqual({ type: "toggle-select", index: 2 });
    expect(listKeyAction(key("x", { onControl: true }), rows(0))).toEqual({ type: "toggle-select", index: 0 });
    expect(listKeyAction(key("x"), rows(-1))).toBeNull();
    expect(listKeyAction(key("x", { inField: true }), rows(1))).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it("tells fields from other elements", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "search" })).toBe(true);
    expect(isTypingTarget({ tagName: "input" })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "A" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
