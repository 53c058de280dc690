// The queries `npm run bench:queries` measures: one named case per line, grouped, each with the
// target it must meet at 1,000,000 calls. To measure another query, add a case here.
import { buildCallWhere } from "@/lib/calls/call-where";
import { findAdjacentCall } from "@/lib/calls/call-neighbours";
import { findCallPosition } from "@/lib/calls/call-position";
import { openCallsExport } from "@/lib/calls/export-calls";
import { parseCallFilters } from "@/lib/calls/filters";
import { getCall } from "@/lib/calls/get-call";
import { queryLabelCounts } from "@/lib/calls/label-counts";
import { listCalls } from "@/lib/calls/list-calls";
import { parseListPosition } from "@/lib/calls/list-params";
import { daySpanOf } from "@/lib/analytics/period";
import { getPromiseStats } from "@/lib/contacts/promise-stats";
import { ANALYTICS_QUERIES, analyticsCases, PAGE_QUERIES, pageReadCases } from "./analytics-queries";
import { complianceCases } from "./compliance-queries";
import { REVIEW_CASES, REVIEW_LIST_QUERIES } from "./review-queries";

export type BenchContext = { now: Date; timeZone: string; sampleIds: string[]; iteration: number };
export type QueryCase = { group: string; name: string; targetMs: number; run: (context: BenchContext) => Promise<unknown> };

const LIST_TARGET = 100;
const SEARCH_TARGET = 200;
const CALL_PAGE_TARGET = 50;

/** The list page's query for a URL query string, exactly as the page runs it. */
export function listCase(group: string, query: string, targetMs: number): QueryCase {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { position } = parseListPosition(params, filters);
  return { group, name: query || "(no filters)", targetMs, run: (c) => listCalls(filters, position, c) };
}

/** The list, `pages` pages in, following the next-page cursors (only the last page is timed). */
function deepListCase(query: string, pages: number): QueryCase {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { position } = parseListPosition(params, filters);
  let deep: typeof position | undefined;
  return {
    group: "list",
    name: `${query || "(no filters)"}, page ${pages + 1}`,
    targetMs: LIST_TARGET,
    run: async (c) => {
      if (!deep) {
        deep = position;
        for (let i = 0; i < pages; i++) deep = { ...deep, after: (await listCalls(filters, deep, c)).next! };
      }
      return listCalls(filters, deep, c);
    },
  };
}

/** The call page reads one call; its previous/next buttons find the neighbour on click. */
export const callPageCase: QueryCase = {
  group: "call page",
  name: "a random call",
  targetMs: CALL_PAGE_TARGET,
  run: (c) => getCall(c.sampleIds[c.iteration % c.sampleIds.length]!),
};

/** The call page's "Next call" button: the neighbour of a random call in a filtered list. */
export function nextCallCase(query: string): QueryCase {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { position } = parseListPosition(params, filters);
  return {
    group: "next call",
    name: `from a random call, list ${query || "(no filters)"}`,
    targetMs: LIST_TARGET,
    run: async (c) => {
      const call = await getCall(c.sampleIds[c.iteration % c.sampleIds.length]!);
      return call && findAdjacentCall(call, filters, position.sort, "next", c);
    },
  };
}

/** The call page's "3 of 67": the position of a random call in a filtered list (streamed after the page). */
function positionCase(query: string): QueryCase {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { position } = parseListPosition(params, filters);
  return {
    group: "call position",
    name: `of a random call, list ${query || "(no filters)"}`,
    targetMs: LIST_TARGET,
    run: async (c) => {
      const call = await getCall(c.sampleIds[c.iteration % c.sampleIds.length]!);
      return call && findCallPosition(call, filters, position.sort, c);
    },
  };
}

function exportCase(query: string): QueryCase {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  return {
    group: "export",
    name: `first rows, ${query || "(no filters)"}`,
    targetMs: LIST_TARGET,
    run: async (c) => {
      const csv = await openCallsExport(filters, c); // the probe, the header and the first rows of the COPY
      await csv.cancel();
    },
  };
}

function countsCase(query: string): QueryCase {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  return {
    group: "counts (cached 30 s on the page)",
    name: `outcomes, ${query || "(no filters)"}`,
    targetMs: 1000,
    run: (c) => queryLabelCounts("outcome_key", buildCallWhere(filters, c), filters.labels),
  };
}

/**
 * "Promises followed through" for an /analytics query, from the per-day roll-up where it serves the
 * filters and, with `rollUp: false`, from the promises themselves (side by side: the roll-up's gain).
 */
function promiseSourceCase(query: string, rollUp: boolean): QueryCase {
  const { filters } = parseCallFilters(new URLSearchParams(query), { range: "30d" });
  return {
    group: "promise stats",
    name: `${query} (${rollUp ? "per-day roll-up" : "promise rows"})`,
    targetMs: 300,
    run: (c) => getPromiseStats(filters, { now: c.now, timeZone: c.timeZone, grain: "week", span: daySpanOf(filters.range, c.now, c.timeZone), rollUp }),
  };
}

export const QUERY_CASES: QueryCase[] = [
  ...[
    "",
    "outcome=payment_promise",
    "outcome=dispute",
    "outcome=wrong_number,not_interested",
    "sentiment=negative",
    "range=today",
    "range=7d",
    "from=2026-10-01&to=2026-10-03",
    "dmin=400",
    "dmin=60&dmax=90",
    "dstatus=fail",
    "pstatus=fail",
    "project=proj_pilot_de",
    "meta=extra_id:acct_123456",
    "phone=%2B4477",
    "phone=971",
    "outcome=payment_promise&sentiment=positive&range=7d",
    "outcome=dispute&sentiment=positive",
    "outcome=not_interested&sentiment=positive&project=proj_pilot_de",
    "project=proj_uae_retail&dstatus=fail&range=30d",
    "outcome=payment_completed&project=proj_mx_cards&dmin=500",
    "sentiment=negative&phone=%2B44&range=7d",
    "sort=longest",
    "sort=shortest&outcome=payment_promise",
    "sort=oldest&range=30d",
    "size=100",
  ].map((query) => listCase("list", query, LIST_TARGET)),
  ...REVIEW_LIST_QUERIES.map((query) => listCase("list (review filters)", query, LIST_TARGET)),
  deepListCase("", 20),
  deepListCase("outcome=dispute&sentiment=negative", 5),
  ...[
    "q=friday",
    "q=pay",
    "q=refund",
    "q=%22payment link%22",
    "q=harvest",
    "q=pay friday&outcome=payment_promise",
    "q=dispute&range=7d",
    "q=extension&sort=relevance",
    "q=driving&sentiment=negative&project=proj_collections_uk",
  ].map((query) => listCase("search", query, SEARCH_TARGET)),
  callPageCase,
  nextCallCase(""),
  nextCallCase("outcome=payment_promise"),
  nextCallCase("outcome=dispute&sentiment=negative"),
  nextCallCase("q=friday"),
  // Past the probe in time order: the day roll-up and one day's index range; else the probe alone.
  ...["", "sort=oldest", "outcome=payment_promise", "sentiment=neutral&range=30d", "outcome=dispute&sentiment=negative", "sort=longest", "q=friday"].map(positionCase),
  exportCase(""),
  exportCase("outcome=dispute&range=30d"),
  exportCase("review=reviewed"),
  countsCase(""),
  countsCase("range=7d"),
  countsCase("labels=ai&range=7d"),
  ...ANALYTICS_QUERIES.flatMap(analyticsCases),
  ...PAGE_QUERIES.flatMap(pageReadCases),
  ...complianceCases(),
  ...REVIEW_CASES,
  ...["range=90d", "range=90d&labels=ai", "range=90d&sentiment=negative&pstatus=pass", "range=90d&dmin=60&dmax=119"].flatMap((query) => [
    promiseSourceCase(query, false),
    promiseSourceCase(query, true),
  ]),
];
