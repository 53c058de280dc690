"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { fieldClass } from "@/components/ui/input";

const DEBOUNCE_MS = 350;

/** Full-text search, written into the URL (`q`) as the user pauses typing; a new search starts at page one. */
export function SearchBox({ defaultValue }: { defaultValue: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  // Follow the URL (Back, "Clear filters"), but never while the user is typing in the box.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(defaultValue);
  }, [defaultValue]);

  const onChange = (next: string) => {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const params = new URLSearchParams(searchParams);
      if (next.trim()) params.set("q", next.trim());
      else params.delete("q");
      params.delete("after");
      params.delete("before");
      if (!next.trim() && params.get("sort") === "relevance") params.delete("sort");
      router.replace(`${pathname}?${params.toString()}`, { scroll: false });
    }, DEBOUNCE_MS);
  };

  return (
    <input
      ref={input}
      id="call-search"
      type="search"
      name="q"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder="Search transcripts, summaries, reasoning…"
      className={`${fieldClass} w-full`}
      autoComplete="off"
    />
  );
}
