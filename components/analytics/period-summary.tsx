// Which days the page covers, which it compares with, and in which time zone they are counted.
import type { DateRange } from "@/lib/calls/date-range";
import { formatDay } from "@/lib/analytics/days";
import type { DaySpan } from "@/lib/analytics/period";

const days = (from: string, to: string) => (from === to ? formatDay(from, "dayYear") : `${formatDay(from, "dayYear")} – ${formatDay(to, "dayYear")}`);

export function PeriodSummary({ span, previous, timeZone }: { span: DaySpan | null; previous: DateRange | null; timeZone: string }) {
  return (
    <p className="text-sm text-muted">
      {span ? days(span.from, span.to) : "All time"}
      {previous?.from && previous.to ? `, compared with ${days(previous.from, previous.to)}` : ", no previous period to compare with"}
      . Days, weeks (Monday to Sunday) and months are counted in <strong className="font-medium text-foreground">{timeZone}</strong> (DASHBOARD_TIMEZONE).
    </p>
  );
}
