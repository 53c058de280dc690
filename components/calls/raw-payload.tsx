function pretty(rawBody: string): string {
  try {
    return JSON.stringify(JSON.parse(rawBody), null, 2);
  } catch {
    return rawBody;
  }
}

/** The delivery exactly as received, formatted, behind a disclosure. */
export function RawPayload({ rawBody }: { rawBody: string }) {
  return (
    <details className="rounded-lg border border-border bg-surface">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-accent">
        Raw payload ({rawBody.length.toLocaleString("en-US")} bytes)
      </summary>
      <pre className="max-h-[60vh] overflow-auto border-t border-border p-4 text-xs leading-relaxed">{pretty(rawBody)}</pre>
    </details>
  );
}
