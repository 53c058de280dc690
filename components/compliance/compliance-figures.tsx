import { formatDay } from "@/lib/analytics/days";
import { addDays } from "@/lib/analytics/days";
import type { Day } from "@/lib/calls/date-range";

type Counts = { flagged: number; overLimit: number; afterConversation: number };
type DayRow = Counts & { day: string };
type ProjectRow = Counts & { projectId: string };
type DisclosureRow = { projectId: string; missing: number; checked: number };

const fmt = (n: number) => n.toLocaleString("en-US");
const cell = "px-3 py-1.5 text-right tabular-nums";

/** Flagged calls per day of the period, every day listed (a day without any reads 0). */
export function FlaggedPerDay({ days, firstDay, lastDay }: { days: DayRow[]; firstDay: Day; lastDay: Day }) {
  const byDay = new Map(days.map((row) => [row.day, row]));
  const all: Day[] = [];
  for (let day = lastDay; day >= firstDay && all.length < 400; day = addDays(day, -1)) all.push(day);
  const max = Math.max(1, ...days.map((row) => row.flagged));
  return (
    <div className="max-h-96 overflow-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Flagged calls per day, newest first</caption>
        <thead className="sticky top-0 border-b border-border bg-surface text-xs text-muted">
          <tr><th scope="col" className="px-3 py-1.5 text-left font-medium">Day</th><th scope="col" className={cell}>Flagged</th><th scope="col" className={cell}>7 in 7</th><th scope="col" className={cell}>7-day wait</th><th scope="col" className="hidden w-1/3 px-3 sm:table-cell"><span className="sr-only">Bar</span></th></tr>
        </thead>
        <tbody>
          {all.map((day) => {
            const row = byDay.get(day) ?? { flagged: 0, overLimit: 0, afterConversation: 0 };
            return (
              <tr key={day} className="border-b border-border last:border-0">
                <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">{formatDay(day, "dayYear")}</th>
                <td className={cell}>{fmt(row.flagged)}</td><td className={cell}>{fmt(row.overLimit)}</td><td className={cell}>{fmt(row.afterConversation)}</td>
                <td className="hidden px-3 sm:table-cell" aria-hidden><div className="h-2 rounded-full bg-(--chart-4)/70" style={{ width: `${(row.flagged / max) * 100}%` }} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function FlaggedPerProject({ projects, disclosure, projectHref }: { projects: ProjectRow[]; disclosure: DisclosureRow[]; projectHref: (project: string) => string }) {
  const ids = [...new Set([...projects.map((p) => p.projectId), ...disclosure.map((d) => d.projectId)])];
  const flagged = new Map(projects.map((row) => [row.projectId, row]));
  const disclosed = new Map(disclosure.map((row) => [row.projectId, row]));
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Flagged calls and conversations without a disclosure, per project</caption>
        <thead className="border-b border-border text-xs text-muted">
          <tr><th scope="col" className="px-3 py-1.5 text-left font-medium">Project</th><th scope="col" className={cell}>Flagged</th><th scope="col" className={cell}>7 in 7</th><th scope="col" className={cell}>7-day wait</th><th scope="col" className={cell}>No disclosure</th></tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const row = flagged.get(id);
            const d = disclosed.get(id);
            return (
              <tr key={id} className="border-b border-border last:border-0">
                <th scope="row" className="px-3 py-1.5 text-left font-normal">{id ? <a href={projectHref(id)} className="text-accent underline-offset-2 hover:underline">{id}</a> : <span className="text-muted">No project</span>}</th>
                <td className={cell}>{fmt(row?.flagged ?? 0)}</td><td className={cell}>{fmt(row?.overLimit ?? 0)}</td><td className={cell}>{fmt(row?.afterConversation ?? 0)}</td>
                <td className={cell}>{d ? `${fmt(d.missing)} of ${fmt(d.checked)}` : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
