import { buttonClass } from "@/components/ui/button";
import { RANGE_LABELS } from "@/lib/calls/date-range";
import { COMPLIANCE_PRESETS, type ComplianceParams } from "@/lib/compliance/compliance-params";

/** The period and project, as a plain GET form: the URL is the whole view. */
export function PeriodForm({ params }: { params: ComplianceParams }) {
  const field = "h-8 rounded-md border border-border bg-background px-2 text-sm";
  return (
    <form method="get" action="/compliance" className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-surface p-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Period</span>
        <select name="range" defaultValue={params.range.preset} className={field}>
          {COMPLIANCE_PRESETS.map((preset) => <option key={preset} value={preset}>{RANGE_LABELS[preset]}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">From (custom)</span>
        <input type="date" name="from" defaultValue={params.range.from} className={field} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">To (custom)</span>
        <input type="date" name="to" defaultValue={params.range.to} className={field} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Project</span>
        <input name="project" defaultValue={params.project ?? ""} placeholder="All projects" className={field} />
      </label>
      <button type="submit" className={buttonClass("primary", "h-8")}>Show</button>
    </form>
  );
}
