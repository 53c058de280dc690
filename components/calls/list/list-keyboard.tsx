"use client";
// The list's keyboard (lib/calls/list-keys.ts decides, this applies): `/` search, `j`/`k` through
// the rows, Enter opens, `x` ticks the row's checkbox (when the list has them). Coming back from a call (`#call-<id>`), its row is scrolled to, highlighted
// and focused. Rows are found in the DOM (the table is server-rendered): `[data-call-row]`.
import { useEffect } from "react";
import { isTypingTarget, listKeyAction } from "@/lib/calls/list-keys";
import { SEARCH_BOX_ID } from "../search-box";

const rows = () => Array.from(document.querySelectorAll<HTMLElement>("[data-call-row]"));
const linkOf = (row: HTMLElement | undefined) => row?.querySelector<HTMLAnchorElement>("a[data-row-link]") ?? null;

function highlight(index: number, block: ScrollLogicalPosition = "nearest") {
  const all = rows();
  all.forEach((row, i) => row.toggleAttribute("data-highlighted", i === index));
  const row = all[index];
  if (!row) return;
  linkOf(row)?.focus({ preventScroll: true });
  row.scrollIntoView({ block });
}

export function ListKeyboard() {
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash.startsWith("call-")) {
      const index = rows().findIndex((row) => row.id === hash);
      if (index >= 0) highlight(index, "center");
    }

    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const all = rows();
      const focused = all.findIndex((row) => row.contains(document.activeElement));
      const action = listKeyAction(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          // An open popup (a multi-select, the date range) keeps its keys.
          inField: isTypingTarget(target) || Boolean(target?.closest("[role=dialog], [cmdk-root], [data-radix-popper-content-wrapper]")),
          onControl: Boolean(target?.closest("a, button, summary, [role=button]")),
          handled: event.defaultPrevented || event.isComposing,
        },
        { rows: all.length, highlighted: focused >= 0 ? focused : all.findIndex((row) => row.hasAttribute("data-highlighted")) },
      );
      if (!action) return;
      event.preventDefault();
      if (action.type === "focus-search") {
        const search = document.getElementById(SEARCH_BOX_ID);
        if (search instanceof HTMLInputElement) {
          search.focus();
          search.select();
        }
      } else if (action.type === "highlight") highlight(action.index);
      else if (action.type === "open") linkOf(all[action.index])?.click();
      else if (action.type === "toggle-select") all[action.index]?.querySelector<HTMLInputElement>("input[data-row-select]")?.click();
      else all.forEach((row) => row.removeAttribute("data-highlighted"));
    };
    // Tab onto a row: the highlight follows the focus, so the two never mark different calls.
    const onFocusIn = (event: FocusEvent) => {
      const row = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>("[data-call-row]") : null;
      if (row) rows().forEach((other) => other.toggleAttribute("data-highlighted", other === row));
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, []);
  return null;
}
