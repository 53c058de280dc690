// The review filters of the one filter definition (filters.ts): labels=ai, the AI's own outcome
// and sentiment, review status, assignee, tag, corrected. Parsed and written back like the others.
// Pure and safe in the browser.
import { REVIEW_STATUSES } from "@/lib/reviews/status";
import { normalizeTag } from "@/lib/reviews/tag";
import type { CallFilters } from "./filters";
import { normalizeLabel } from "./outcome";
import { listOf, paramValue } from "./params";

/** URL parameter names (part of FILTER_PARAMS). */
export const REVIEW_FILTER_PARAMS = {
  labels: "labels",
  aiOutcomes: "ai_outcome",
  aiSentiments: "ai_sentiment",
  reviewStatuses: "review",
  assignees: "assignee",
  tags: "tag",
  corrected: "corrected",
} as const;

const P = REVIEW_FILTER_PARAMS;
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

type ReviewFilters = Pick<CallFilters, "labels" | "aiOutcomes" | "aiSentiments" | "reviewStatuses" | "assignees" | "tags" | "corrected">;

/** The review filters of the URL; only those that are set (see CallFilters). */
export function parseReviewFilters(params: URLSearchParams, notices: string[]): ReviewFilters {
  const known = <T extends string>(name: string, label: string, values: readonly T[]): T[] => {
    const given = listOf(params, name, (value) => value.trim().toLowerCase() || null);
    for (const value of given) {
      if (!values.some((candidate) => candidate === value)) notices.push(`Ignored ${label} "${value.slice(0, 60)}": expected one of ${values.join(", ")}.`);
    }
    return values.filter((candidate) => given.includes(candidate));
  };
  const labelsParam = paramValue(params, P.labels);
  if (labelsParam !== undefined && labelsParam !== "ai" && labelsParam !== "effective") {
    notices.push(`Ignored labels "${labelsParam}": expected ai or effective.`);
  }
  const correctedParam = paramValue(params, P.corrected)?.toLowerCase();
  const corrected = correctedParam === "yes" ? true : correctedParam === "no" ? false : undefined;
  if (correctedParam !== undefined && corrected === undefined) notices.push(`Ignored corrected "${correctedParam}": expected yes or no.`);
  const assignees = listOf(params, P.assignees, (value) => {
    const id = value.trim();
    if (USER_ID.test(id)) return id;
    if (id) notices.push(`Ignored assignee "${id.slice(0, 60)}": expected a user id, me or nobody.`);
    return null;
  });
  const filters: ReviewFilters = {
    ...(labelsParam === "ai" && { labels: "ai" }),
    aiOutcomes: listOf(params, P.aiOutcomes, normalizeLabel),
    aiSentiments: listOf(params, P.aiSentiments, normalizeLabel),
    reviewStatuses: known(P.reviewStatuses, "review status", REVIEW_STATUSES),
    assignees,
    tags: listOf(params, P.tags, normalizeTag),
    ...(corrected !== undefined && { corrected }),
  };
  for (const name of ["aiOutcomes", "aiSentiments", "reviewStatuses", "assignees", "tags"] as const) {
    if (filters[name]?.length === 0) delete filters[name];
  }
  return filters;
}

/** Appends the review filters to `params` (serializeCallFilters). */
export function serializeReviewFilters(filters: CallFilters, params: URLSearchParams): void {
  const list = (name: string, values: string[] = []) => values.forEach((value) => params.append(name, value));
  if (filters.labels === "ai") params.set(P.labels, "ai");
  list(P.aiOutcomes, filters.aiOutcomes);
  list(P.aiSentiments, filters.aiSentiments);
  list(P.reviewStatuses, filters.reviewStatuses);
  list(P.assignees, filters.assignees);
  list(P.tags, filters.tags);
  if (filters.corrected !== undefined) params.set(P.corrected, filters.corrected ? "yes" : "no");
}
