// The calling-frequency rules of Regulation F (12 CFR 1006.14(b)(2)) as this dashboard applies them,
// as pure functions of a contact's calls. A contact is a number (and account, with CONTACT_ACCOUNT_KEY).
//   attempt        every call placed to the contact: each `phone_call.ended`, delivered or not
//   conversation   a delivered call whose outcome is not one of NON_CONVERSATION_OUTCOMES; the
//                  outcome is the effective one: a reviewer's correction, else the AI's (a
//                  correction refreshes the contact's flags from that call's day, at once)
//   day            a calendar day in DASHBOARD_TIMEZONE
//   7-in-7         at most 7 attempts within 7 consecutive days: a call is over the limit when
//                  it is the 8th or later attempt in the 7 days ending on its day
//   7-day wait     no call within 7 days after a conversation, its day counting as the first: after
//                  a conversation on Nov 28 the next call is allowed from Dec 5
// The SQL that flags stored calls (calling_rules_refresh, latest in the calling_rule_roll_ups
// migration) applies the same.
import { addDays, formatDay } from "@/lib/analytics/days";
import type { Day } from "@/lib/calls/date-range";

export const MAX_ATTEMPTS_IN_7_DAYS = 7;
export const WINDOW_DAYS = 7;

/** A call of the contact within the window, in time order (ended_at, then id). */
export type WindowCall = { id: string; day: Day; conversation: boolean };

export type CallingState = {
  /** The last day of the 7-day window (the call's day, or today). */
  asOf: Day;
  windowStart: Day;
  /** Attempts in the window up to and including the subject call (or all of them, for today). */
  attempts: number;
  /** The latest conversation day in the window (the subject call included), or null. */
  conversationDay: Day | null;
  /** The first day another call is allowed after these calls. */
  nextAllowed: Day;
  /** For a call: whether it was itself placed against a rule. */
  overLimit: boolean;
  afterConversation: boolean;
  /** For a call: the conversation day before it within its 7 days (what made it `afterConversation`). */
  conversationBefore: Day | null;
};

/**
 * The state after the calls of the 7 days to `asOf` (oldest first). With `subjectCallId`, only calls
 * up to and including that one count, and the flags say whether it broke a rule.
 */
export function computeCallingState(asOf: Day, windowCalls: WindowCall[], subjectCallId?: string): CallingState {
  const windowStart = addDays(asOf, 1 - WINDOW_DAYS);
  const inWindow = windowCalls.filter((call) => call.day >= windowStart && call.day <= asOf);
  const subjectIndex = subjectCallId === undefined ? -1 : inWindow.findIndex((call) => call.id === subjectCallId);
  const counted = subjectIndex === -1 ? inWindow : inWindow.slice(0, subjectIndex + 1);
  const before = subjectIndex === -1 ? [] : counted.slice(0, -1);
  const lastConversation = (calls: WindowCall[]) => calls.filter((call) => call.conversation).at(-1)?.day ?? null;
  const conversationDay = lastConversation(counted);

  // The first day from which another call would be neither an 8th attempt in 7 days nor inside a
  // conversation's 7 days.
  let nextAllowed = asOf;
  while (counted.filter((call) => call.day >= addDays(nextAllowed, 1 - WINDOW_DAYS)).length >= MAX_ATTEMPTS_IN_7_DAYS) {
    nextAllowed = addDays(nextAllowed, 1);
  }
  if (conversationDay !== null && addDays(conversationDay, WINDOW_DAYS) > nextAllowed) nextAllowed = addDays(conversationDay, WINDOW_DAYS);

  return {
    asOf,
    windowStart,
    attempts: counted.length,
    conversationDay,
    nextAllowed,
    overLimit: subjectIndex !== -1 && counted.length > MAX_ATTEMPTS_IN_7_DAYS,
    afterConversation: lastConversation(before) !== null,
    conversationBefore: lastConversation(before),
  };
}

/** "6 of 7 calls in the 7 days to Dec 1; a conversation on Nov 28: next call allowed from Dec 5". */
export function describeCallingState(state: CallingState, today?: Day): string {
  const to = formatDay(state.asOf, "day");
  const count =
    state.attempts > MAX_ATTEMPTS_IN_7_DAYS
      ? `${state.attempts} calls in the 7 days to ${to}, more than ${MAX_ATTEMPTS_IN_7_DAYS}`
      : `${state.attempts} of ${MAX_ATTEMPTS_IN_7_DAYS} calls in the 7 days to ${to}`;
  const conversation = state.conversationDay ? `a conversation on ${formatDay(state.conversationDay, "day")}` : "no conversation in them";
  const next = today !== undefined && state.nextAllowed <= today ? "next call allowed today" : `next call allowed from ${formatDay(state.nextAllowed, "day")}`;
  return `${count}; ${conversation}: ${next}`;
}

/** Why a call was flagged, in words; null when it was not. */
export function describeBreach(state: Pick<CallingState, "overLimit" | "afterConversation" | "attempts" | "conversationBefore">): string | null {
  const reasons: string[] = [];
  if (state.overLimit) reasons.push(`call ${state.attempts} in 7 days (more than ${MAX_ATTEMPTS_IN_7_DAYS})`);
  if (state.afterConversation && state.conversationBefore) {
    reasons.push(`within 7 days after the conversation on ${formatDay(state.conversationBefore, "day")}`);
  }
  return reasons.length ? `Placed against the calling rules: ${reasons.join(" and ")}.` : null;
}
