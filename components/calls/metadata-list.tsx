/** Nested metadata as dotted key/value rows: `requestMetadata.project_id  proj_123`. */
function flatten(value: unknown, prefix = ""): [string, string][] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix || "(value)", typeof value === "string" ? value : JSON.stringify(value)]];
}

/** `metadata` comes bounded (bounded-json.ts: depth, entries, text); `fullHref` links to all of it when it was cut. */
export function MetadataList({ metadata, fullHref }: { metadata: unknown; fullHref?: string }) {
  const rows = metadata === null || metadata === undefined ? [] : flatten(metadata);
  if (rows.length === 0) return <p className="text-sm text-muted">No metadata.</p>;
  return (
    <>
    {fullHref && (
      <p className="mb-2 text-xs text-muted">
        Too large to show whole: deep or long values are cut. <a href={fullHref} className="text-accent underline">Show all</a>
      </p>
    )}
    {/* Key above value on a phone, side by side from 640 px; long keys and values wrap anywhere. */}
    <dl className="grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] sm:gap-y-1">
      {rows.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-mono text-xs text-muted wrap-anywhere">{key}</dt>
          <dd className="mb-2 font-mono text-xs wrap-anywhere sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
    </>
  );
}
