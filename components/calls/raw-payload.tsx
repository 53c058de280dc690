"use client";

import { useState } from "react";

function pretty(rawBody: string): string {
  try {
    return JSON.stringify(JSON.parse(rawBody), null, 2);
  } catch {
    return rawBody;
  }
}

type State = { status: "closed" } | { status: "loading" } | { status: "ready"; text: string } | { status: "failed"; message: string };

/**
 * The delivery exactly as received, behind a disclosure. It is fetched when opened (not sent with
 * the page), so that opening it is its own audited event and agents never receive it.
 */
export function RawPayload({ callId, bytes }: { callId: string; bytes: number }) {
  const [state, setState] = useState<State>({ status: "closed" });

  async function load(open: boolean) {
    if (!open || state.status === "ready" || state.status === "loading") return;
    setState({ status: "loading" });
    const response = await fetch(`/api/calls/${callId}/raw`).catch(() => null);
    if (response?.ok) setState({ status: "ready", text: pretty(await response.text()) });
    else setState({ status: "failed", message: response ? `The server answered ${response.status}.` : "The dashboard could not be reached." });
  }

  return (
    <details className="rounded-lg border border-border bg-surface" onToggle={(event) => void load(event.currentTarget.open)}>
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-accent">
        Raw payload ({bytes.toLocaleString("en-US")} bytes)
      </summary>
      <div className="border-t border-border p-4 text-xs leading-relaxed">
        {state.status === "loading" && <p className="text-muted">Loading…</p>}
        {state.status === "failed" && <p role="alert" className="text-danger">{state.message}</p>}
        {state.status === "ready" && <pre className="max-h-[60vh] overflow-auto">{state.text}</pre>}
      </div>
    </details>
  );
}
