"use client";
// Which rows of the page are selected for a bulk action, shared by the row checkboxes, the header's
// "select page" box and the bulk bar. The table stays server-rendered; only these leaves are client
// components. A new page (other rows) starts with nothing selected: the provider is keyed by them.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";

type Selection = {
  pageIds: string[];
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  setPage: (all: boolean) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useSelection outside SelectionProvider");
  return selection;
}

export function SelectionProvider({ pageIds, children }: { pageIds: string[]; children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<Selection>(() => ({
    pageIds,
    selected,
    toggle: (id) => setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    }),
    setPage: (all) => setSelected(new Set(all ? pageIds : [])),
    clear: () => setSelected(new Set()),
  }), [pageIds, selected]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

const box = "block size-4 cursor-pointer accent-(--accent)";

/**
 * A row's checkbox: above the row's stretched link (z-10), in a padded label so it is an easy
 * target, and marked `data-row-select` for the list's `x` shortcut (list-keyboard.tsx).
 */
export function RowCheckbox({ id, label, className }: { id: string; label: string; className?: string }) {
  const { selected, toggle } = useSelection();
  return (
    <label className={cn("relative z-10 -m-2 inline-block cursor-pointer p-2 align-[-0.2em]", className)}>
      <input type="checkbox" data-row-select className={box} checked={selected.has(id)} onChange={() => toggle(id)} aria-label={label} />
    </label>
  );
}

/** The header's box: every row of this page, or none; mixed while some are. */
export function PageCheckbox() {
  const { pageIds, selected, setPage } = useSelection();
  const count = pageIds.filter((id) => selected.has(id)).length;
  const all = count > 0 && count === pageIds.length;
  return (
    <input
      type="checkbox"
      className={box}
      aria-label="Select every call on this page"
      checked={all}
      ref={(element) => {
        if (element) element.indeterminate = count > 0 && !all;
      }}
      onChange={() => setPage(!all)}
    />
  );
}
