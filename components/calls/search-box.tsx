"use client";

import { SearchIcon } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { fieldClass } from "@/components/ui/input";
import { FILTER_PARAMS } from "@/lib/calls/filters";

const DEBOUNCE_MS = 350;
export const SEARCH_BOX_ID = "call-search";

/**
 * Full-text search, a field of the filter form: `onPause` applies the form when the user pauses
 * typing (Enter applies it at once). `/` anywhere on the list focuses it (list-keyboard.tsx).
 */
export function SearchBox({ defaultValue, onPause }: { defaultValue: string; onPause: () => void }) {
  const [value, setValue] = useState(defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  // Follow the URL (Back, a removed chip), but never while the user is typing in the box.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(defaultValue);
  }, [defaultValue]);

  return (
    <div className="relative">
      <SearchIcon aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted" />
      <input
        ref={input}
        id={SEARCH_BOX_ID}
        type="search"
        name={FILTER_PARAMS.q}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          clearTimeout(timer.current);
          timer.current = setTimeout(onPause, DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") clearTimeout(timer.current);
        }}
        placeholder="Search transcripts, summaries, reasoning…"
        aria-keyshortcuts="/"
        className={`${fieldClass} w-full pl-8 sm:pr-8`}
        autoComplete="off"
      />
      <kbd aria-hidden className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-border px-1.5 font-mono text-[11px] text-muted sm:block">/</kbd>
    </div>
  );
}
