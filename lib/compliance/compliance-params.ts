// The Compliance page's view, all in the URL: the period (the calls list's range presets, whole
// local days) and an optional project. Safe in the browser.
import { z } from "zod";
import type { DateRange } from "@/lib/calls/date-range";

export const COMPLIANCE_PRESETS = ["7d", "30d", "90d", "custom"] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

const schema = z.object({
  range: z.enum(COMPLIANCE_PRESETS).catch("30d"),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  project: z.string().trim().min(1).max(128).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type ComplianceParams = { range: DateRange; project: string | null; page: number };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseComplianceParams(query: Record<string, string | string[] | undefined>): ComplianceParams {
  const parsed = schema.parse({ range: first(query.range), from: first(query.from), to: first(query.to), project: first(query.project), page: first(query.page) ?? 1 });
  const custom = parsed.range === "custom" && parsed.from !== undefined && parsed.to !== undefined && parsed.from <= parsed.to;
  return {
    range: custom ? { preset: "custom", from: parsed.from, to: parsed.to } : { preset: parsed.range === "custom" ? "30d" : parsed.range },
    project: parsed.project ?? null,
    page: parsed.page,
  };
}

export function complianceQuery(params: ComplianceParams, changes: Partial<ComplianceParams> = {}): string {
  const view = { ...params, ...changes };
  const query = new URLSearchParams({ range: view.range.preset });
  if (view.range.preset === "custom") {
    if (view.range.from) query.set("from", view.range.from);
    if (view.range.to) query.set("to", view.range.to);
  }
  if (view.project) query.set("project", view.project);
  if (view.page > 1) query.set("page", String(view.page));
  return query.toString();
}
