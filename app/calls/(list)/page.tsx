import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ViewTooLarge } from "@/components/layout/view-too-large";
import { CallsTable } from "@/components/calls/calls-table";
import { EmptyState } from "@/components/calls/empty-state";
import { FilterForm } from "@/components/calls/filter-form";
import { BulkBar } from "@/components/calls/list/bulk-bar";
import { FilterChips } from "@/components/calls/list/filter-chips";
import { ListKeyboard } from "@/components/calls/list/list-keyboard";
import { SelectionProvider } from "@/components/calls/list/selection";
import { Notices } from "@/components/calls/notices";
import { PageRange, Pagination } from "@/components/calls/pagination";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/roles";
import { compactQuery, hasNarrowingFilters, parseCallFilters, serializeCallFilters } from "@/lib/calls/filters";
import { formatCount, timeZoneName } from "@/lib/calls/format";
import { countByLabel } from "@/lib/calls/label-counts";
import { listAssigneesShared } from "@/lib/calls/list-assignees";
import { listCalls, RELEVANCE_CANDIDATES } from "@/lib/calls/list-calls";
import { activeFilterChips, clearFiltersHref } from "@/lib/calls/list-chips";
import { listHref, parseListPosition } from "@/lib/calls/list-params";
import { neighbourStarts, pageStart } from "@/lib/calls/list-range";
import { findContactForQuery } from "@/lib/contacts/find-contact";
import { getEnv } from "@/lib/env";
import { readView } from "@/lib/http/read-errors";
import { reviewQueueHref } from "@/lib/reviews/queue-href";
import { listTagsInUseShared } from "@/lib/reviews/tags";

export const metadata: Metadata = { title: "Calls" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CallsPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("calls:read");
  const params = await searchParams;
  const compact = compactQuery(params);
  if (compact !== null) redirect(compact ? `/calls?${compact}` : "/calls");
  const { filters, notices } = parseCallFilters(params);
  const { position, notices: positionNotices } = parseListPosition(params, filters);
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  const context = { now: new Date(), timeZone, userId: user.id };
  const read = await readView(() => Promise.all([
    listCalls(filters, position, context),
    countByLabel("outcome_key", filters, context),
    countByLabel("sentiment_key", filters, context),
    countByLabel("project_id", filters, context),
    findContactForQuery(filters.q),
    listAssigneesShared(),
    listTagsInUseShared(50),
  ]));
  if (!read.ok) return <ViewTooLarge />;
  const [page, outcomeCounts, sentimentCounts, projectCounts, contacts, users, tags] = read.value;
  const reviews = can(user.role, "calls:review");
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const filtered = hasNarrowingFilters(filters) || filters.range.preset !== "all";
  const view = { sort: position.sort, size: position.size };
  // Where this page starts, and its neighbours, for "26–50 of about 1,200" and the links.
  const start = pageStart(position, page.offset);
  const starts = neighbourStarts(start, page.rows.length, position.size);
  const here = { ...view, ...(position.after && { after: position.after }), ...(position.before && { before: position.before }), ...(start !== undefined && { offset: start }) };
  const exportHref = listHref(filters, {}, "/api/calls/export");
  const sortNote =
    position.sort === "longest" || position.sort === "shortest"
      ? "Calls without a recorded duration are left out of this order."
      : position.sort === "relevance"
        ? `Best match ranks the ${RELEVANCE_CANDIDATES} newest matching calls.`
        : null;

  return (
    <section className="group/list space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 className="text-xl font-semibold">Calls</h1>
          {page.rows.length > 0 && <p className="text-sm text-muted"><PageRange start={start} shown={page.rows.length} total={page.total} /></p>}
        </div>
        <div className="flex flex-wrap gap-2">
          {reviews && (
            <Link href={reviewQueueHref(filters, position.sort)} className={buttonClass("primary")}>
              Review these calls
            </Link>
          )}
          {can(user.role, "calls:export") && (
            <a href={exportHref} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          )}
        </div>
      </div>
      <FilterForm filters={filters} position={position} outcomeCounts={outcomeCounts} sentimentCounts={sentimentCounts} projectCounts={projectCounts}
        reviewOptions={{ users, tags }}
      />
      <FilterChips chips={activeFilterChips(filters, position, userNames)} clearHref={clearFiltersHref(position)} />
      <Notices notices={[...notices, ...positionNotices, ...(sortNote ? [sortNote] : [])]} />
      {contacts.length > 0 && (
        <ul aria-label="Contacts matching the search" className="flex flex-wrap gap-2 text-sm">
          {contacts.map((contact) => (
            <li key={contact.href}>
              <Link href={contact.href} className="inline-flex items-center gap-1 rounded-md border border-border bg-surface px-2.5 py-1 text-accent hover:underline">
                Open contact {contact.label} · {formatCount(contact.calls)}{contact.calls >= 1000 ? "+" : ""} calls
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-3 transition-opacity group-has-[[data-pending]]/list:opacity-60">
        {page.rows.length === 0 ? (
          <EmptyState filtered={filtered || Boolean(position.after || position.before)} />
        ) : (
          <SelectionProvider key={page.rows.map((row) => row.id).join()} pageIds={page.rows.map((row) => row.id)}>
            <CallsTable
              rows={page.rows}
              timeZone={timeZone}
              zoneName={timeZoneName(context.now, timeZone)}
              callHref={(id) => listHref(filters, here, `/calls/${id}`)}
              selectable={reviews}
            />
            {reviews && (
              <BulkBar listQuery={serializeCallFilters(filters).toString()} total={page.total} users={users} tags={tags.map((t) => t.tag)} meId={user.id} />
            )}
            <Pagination
              start={start}
              shown={page.rows.length}
              total={page.total}
              {...(page.previous && { previousHref: listHref(filters, { ...view, before: page.previous, offset: starts.previous }) })}
              {...(page.next && { nextHref: listHref(filters, { ...view, after: page.next, offset: starts.next }) })}
              {...(page.previous && { firstHref: listHref(filters, view) })}
            />
          </SelectionProvider>
        )}
      </div>
      <ListKeyboard />
    </section>
  );
}
