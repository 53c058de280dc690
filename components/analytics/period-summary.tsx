// Which days the page covers, which it compares with, and in which time zone they are counted.
import { describePeriod } from "@/lib/analytics/period-text";
import type { DaySpan } from "@/lib/analytics/period";
import type { DateRange } from "@/lib/calls/date-range";

export function PeriodSummary({ span, previous, timeZone }: { span: DaySpan | null; previous: DateRange | null; timeZone: string }) {
  const text = describePeriod(span, previous, timeZone);
  return (
    <p className="text-sm text-muted">
      {text.period}
      {text.comparison}. <span data-timezone>Times in <strong className="font-medium text-foreground">{text.timeZone}</strong></span>; weeks run Monday to Sunday.
    </p>
  );
}
