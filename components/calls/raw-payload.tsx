// Indentation grows with depth: JSON nested thousands deep would print megabytes from kilobytes.
const MAX_PRETTY = 100_000;

function pretty(rawBody: string): string {
  try {
    const formatted = JSON.stringify(JSON.parse(rawBody), null, 2);
    return formatted.length > MAX_PRETTY ? rawBody : formatted;
  } catch {
    return rawBody;
  }
}

type Props = { rawBody: string; fullLength?: number; fullHref?: string };

/** The delivery exactly as received, formatted, behind a disclosure; the start of it when it is very large. */
export function RawPayload({ rawBody, fullLength, fullHref }: Props) {
  return (
    <details className="rounded-lg border border-border bg-surface">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-accent">
        Raw payload ({(fullLength ?? rawBody.length).toLocaleString("en-US")} characters)
      </summary>
      {fullLength !== undefined && fullHref && (
        <p className="border-t border-border px-4 py-2 text-xs text-muted">
          Showing the first {rawBody.length.toLocaleString("en-US")} characters. <a href={fullHref} className="text-accent underline">Show all</a>
        </p>
      )}
      <pre className="max-h-[60vh] overflow-auto border-t border-border p-4 text-xs leading-relaxed">{pretty(rawBody)}</pre>
    </details>
  );
}
