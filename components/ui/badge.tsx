import type { CSSProperties, ReactNode } from "react";

/** A label with a coloured dot; `tone` is a theme colour variable such as `--chart-1`. */
export function Badge({ tone, children, title }: { tone: string; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      style={{ "--tone": `var(${tone})` } as CSSProperties}
      className="inline-flex max-w-full items-center gap-1.5 whitespace-nowrap rounded-full border border-(--tone)/40 bg-(--tone)/10 px-2 py-0.5 text-xs font-medium"
    >
      <span aria-hidden className="size-2 shrink-0 rounded-full bg-(--tone)" />
      <span className="truncate">{children}</span>
    </span>
  );
}
