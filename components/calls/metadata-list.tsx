/** Nested metadata as dotted key/value rows: `requestMetadata.project_id  proj_123`. */
function flatten(value: unknown, prefix = ""): [string, string][] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix || "(value)", typeof value === "string" ? value : JSON.stringify(value)]];
}

export function MetadataList({ metadata }: { metadata: unknown }) {
  const rows = metadata === null || metadata === undefined ? [] : flatten(metadata);
  if (rows.length === 0) return <p className="text-sm text-muted">No metadata.</p>;
  return (
    <dl className="grid grid-cols-[minmax(0,14rem)_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="truncate font-mono text-xs text-muted" title={key}>{key}</dt>
          <dd className="break-all font-mono text-xs">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
