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
    <dl className="grid grid-cols-[minmax(0,14rem)_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="truncate font-mono text-xs text-muted" title={key}>{key}</dt>
          <dd className="break-all font-mono text-xs">{value}</dd>
        </div>
      ))}
    </dl>
    </>
  );
}
