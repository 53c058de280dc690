// The audit page's URL: who (email, part of it), what (an action), from/to (calendar days in the
// dashboard's time zone) and a keyset cursor. Unusable values are dropped with a notice.
import { z } from "zod";
import { resolveDateRange } from "@/lib/calls/date-range";
import { paramValue, type SearchParamsInput } from "@/lib/calls/filters";
import { auditActionSchema, type AuditAction } from "./actions";

export type AuditFilters = { actor?: string; action?: AuditAction; from?: string; to?: string; before?: bigint };

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(value)));
const cursor = z.string().regex(/^\d{1,18}$/).transform(BigInt);
const text = z.string().trim().min(1).max(254).regex(/^[^\u0000-\u001f]*$/);

export function parseAuditFilters(params: SearchParamsInput): { filters: AuditFilters; notices: string[] } {
  const notices: string[] = [];
  const take = <T>(name: string, schema: z.ZodType<T>, label: string): T | undefined => {
    const raw = paramValue(params, name);
    if (raw === undefined || raw.trim() === "") return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) notices.push(`Ignored the ${label} "${raw.slice(0, 40)}": it is not usable.`);
    return parsed.success ? parsed.data : undefined;
  };
  const actor = take("actor", text, "user filter");
  const action = take("action", auditActionSchema, "event filter");
  const from = take("from", day, "start date");
  const to = take("to", day, "end date");
  const before = take("before", cursor, "page position");
  return { filters: { ...(actor && { actor }), ...(action && { action }), ...(from && { from }), ...(to && { to }), ...(before !== undefined && { before }) }, notices };
}

export function auditQuery(filters: AuditFilters, changes: Partial<AuditFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const query = new URLSearchParams();
  for (const name of ["actor", "action", "from", "to", "before"] as const) {
    const value = merged[name];
    if (value !== undefined && value !== "") query.set(name, String(value));
  }
  return query.toString();
}

export function auditTimeBounds(filters: AuditFilters, timeZone: string): { from: Date | null; to: Date | null } {
  return resolveDateRange({ preset: "custom", from: filters.from, to: filters.to }, new Date(), timeZone);
}
