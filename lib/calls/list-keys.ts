// The list's keyboard shortcuts as one pure function: `/` focuses the search box, `j`/`k` move the
// highlight down/up the rows, Enter opens the highlighted call, `x` selects or unselects it (for
// the bulk bar), Escape drops the highlight. Keys
// typed into a field (or with Ctrl, Alt or Cmd) are the field's, never a shortcut.

export type KeyInput = {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The key went to a text field, select, editable element or an open popup's input. */
  inField: boolean;
  /** The key went to a link or button, which handles Enter itself. */
  onControl: boolean;
  /** IME composition or a handler that already took the key. */
  handled: boolean;
};

export type ListState = { rows: number; highlighted: number };

export type ListKeyAction =
  | { type: "focus-search" }
  | { type: "highlight"; index: number }
  | { type: "open"; index: number }
  | { type: "toggle-select"; index: number }
  | { type: "clear" };

export function listKeyAction(input: KeyInput, state: ListState): ListKeyAction | null {
  if (input.handled || input.inField || input.ctrlKey || input.altKey || input.metaKey) return null;
  const { rows, highlighted } = state;
  const current = highlighted >= 0 && highlighted < rows ? highlighted : -1;
  switch (input.key) {
    case "/":
      return { type: "focus-search" };
    case "j":
      return rows === 0 ? null : { type: "highlight", index: Math.min(current + 1, rows - 1) };
    case "k":
      return rows === 0 ? null : { type: "highlight", index: Math.max(current - 1, 0) };
    case "Enter":
      // A focused link or button opens itself (and a focused row link is the highlighted call).
      return current >= 0 && !input.onControl ? { type: "open", index: current } : null;
    case "x":
      return current >= 0 ? { type: "toggle-select", index: current } : null;
    case "Escape":
      return current >= 0 ? { type: "clear" } : null;
    default:
      return null;
  }
}

/** Whether a key event's target takes typing, so a shortcut letter must be left to it. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"].includes((target.type ?? "text").toLowerCase());
}
