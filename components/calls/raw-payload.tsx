"use client";

import { useEffect, useRef, useState } from "react";

// Indentation grows with depth: JSON nested thousands deep would print megabytes from kilobytes.
const MAX_PRETTY = 100_000;
/** What the disclosure shows of a very large body; the whole body is one click away. */
const MAX_SHOWN = 200_000;

function pretty(rawBody: string): string {
  if (rawBody.length > MAX_PRETTY) return rawBody;
  try {
    return JSON.stringify(JSON.parse(rawBody), null, 2);
  } catch {
    return rawBody;
  }
}

type State = { status: "closed" } | { status: "loading" } | { status: "ready"; text: string; cut: boolean } | { status: "failed"; message: string };

/**
 * The delivery exactly as received, behind a disclosure. It is fetched when opened (not sent with
 * the page), so that opening it is its own audited event and agents never receive it.
 */
export function RawPayload({ callId, bytes }: { callId: string; bytes: number }) {
  const [state, setState] = useState<State>({ status: "closed" });
  // Whether the box holds more below what shows: then a fade and a line say that it scrolls.
  const box = useRef<HTMLPreElement>(null);
  const [more, setMore] = useState(false);
  const measure = () => {
    const pre = box.current;
    setMore(Boolean(pre && pre.scrollTop + pre.clientHeight < pre.scrollHeight - 4));
  };
  useEffect(measure, [state]);
  const href = `/api/calls/${callId}/raw`;

  async function load(open: boolean) {
    if (!open || state.status === "ready" || state.status === "loading") return;
    setState({ status: "loading" });
    const response = await fetch(href).catch(() => null);
    if (response?.ok) {
      const text = await response.text();
      setState({ status: "ready", text: pretty(text).slice(0, MAX_SHOWN), cut: text.length > MAX_SHOWN });
    } else setState({ status: "failed", message: response ? `The server answered ${response.status}.` : "The dashboard could not be reached." });
  }

  return (
    <details id="raw-payload" className="min-w-0 rounded-lg border border-border bg-surface" onToggle={(event) => void load(event.currentTarget.open)}>
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-accent">
        Raw payload ({bytes.toLocaleString("en-US")} characters)
      </summary>
      <div className="border-t border-border p-4 text-xs leading-relaxed">
        {state.status === "loading" && <p className="text-muted">Loading…</p>}
        {state.status === "failed" && <p role="alert" className="text-danger">{state.message}</p>}
        {state.status === "ready" && state.cut && (
          <p className="mb-2 text-muted">
            Showing the first {MAX_SHOWN.toLocaleString("en-US")} characters. <a href={href} className="text-accent underline">Show all</a>
          </p>
        )}
        {/* Wrapped, so it never widens the page; a box of its own, so a keyboard can scroll it too. */}
        {state.status === "ready" && (
          <div className="relative">
            <pre ref={box} onScroll={measure} tabIndex={0} role="region" aria-label="Raw payload" className="max-h-[60vh] overflow-y-auto whitespace-pre-wrap wrap-anywhere focus-visible:outline-2 focus-visible:outline-accent">
              {state.text}
            </pre>
            {more && <div aria-hidden className="pointer-events-none absolute inset-x-0 bottom-0 h-12 bg-gradient-to-t from-surface to-transparent" />}
          </div>
        )}
        {state.status === "ready" && more && <p className="mt-2 text-muted">Scroll inside the box for the rest of the payload.</p>}
      </div>
    </details>
  );
}
