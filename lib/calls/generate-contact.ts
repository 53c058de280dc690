// The people generated calls go to: a collections team calls each debtor again and again, so calls
// come in blocks of CALLS_PER_CONTACT to one contact (index / CALLS_PER_CONTACT), with a schedule drawn
// from the contact's own seed. After a conversation the next call usually waits the week Regulation F
// asks for; after no answer it comes a day or a few later; a few contacts are called far too often
// (several times a day), and a few after a conversation too soon: what the Compliance page flags.
// Deterministic per index, so calls can still be made in any order.
import { createRandom, type Random } from "./random";
import type { Scenario } from "./generate-transcript";

export const CALLS_PER_CONTACT = 8;
const DAY_MS = 86_400_000;

const OUTCOMES: readonly (readonly [Scenario, number])[] = [
  ["PAYMENT PROMISE", 26],
  ["PAYMENT EXTENSION", 10],
  ["CALL BACK REQUESTED", 14],
  ["WRONG NUMBER", 9],
  ["NOT INTERESTED", 11],
  ["PAYMENT COMPLETED", 7],
  ["VOICEMAIL", 8],
  ["DISPUTE", 4],
  ["DO NOT CALL", 2],
];

// What the generator's own outcomes mean for the schedule (the rules' defaults agree).
const NOT_REACHED: readonly Scenario[] = ["NO ANSWER", "VOICEMAIL", "WRONG NUMBER"];

export type ContactSlot = {
  scenario: Scenario;
  delivered: boolean;
  number: string;
  account: string;
  endedAt: Date;
  /** Seeds what belongs to the contact rather than the call (its project). */
  contactSeed: number;
};

type Country = { code: string; weight: number; local: (r: Random) => string };
const COUNTRIES: readonly Country[] = [
  { code: "+1", weight: 40, local: (r) => `${r.pick(["212", "415", "646", "312", "713", "305", "507", "612"])}${r.int(2000000, 9999999)}` },
  { code: "+44", weight: 15, local: (r) => `7${r.int(100000000, 999999999)}` },
  { code: "+971", weight: 15, local: (r) => `5${r.pick(["0", "2", "5", "6", "8"])}${r.int(1000000, 9999999)}` },
  { code: "+52", weight: 10, local: (r) => `${r.pick(["55", "33", "81"])}${r.int(10000000, 99999999)}` },
  { code: "+49", weight: 10, local: (r) => `1${r.pick(["51", "52", "60", "70", "76"])}${r.int(1000000, 99999999)}` },
  { code: "+91", weight: 10, local: (r) => `${r.pick(["9", "8", "7"])}${r.int(100000000, 999999999)}` },
];

function phoneNumber(r: Random): string {
  const country = r.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
  return `${country.code}${country.local(r)}`;
}

/** Days until the next call after a call with this outcome. */
function gapDays(r: Random, scenario: Scenario, heavy: boolean): number {
  if (heavy) return 0.05 + r.next() * 1.1;
  if (NOT_REACHED.includes(scenario)) return 0.5 + r.next() * 3.5;
  return r.chance(0.03) ? 1 + r.next() * 5 : 8.6 + r.next() * 6;
}

/** The contact and scheduled call of generated call `index`. */
export function contactSlotOf(index: number, seed: number, now: Date, spreadDays: number): ContactSlot {
  const contact = Math.floor(index / CALLS_PER_CONTACT);
  const contactSeed = (seed * 1_000_003 + 2_654_435_761 + contact * 97) >>> 0;
  const r = createRandom(contactSeed);
  const number = phoneNumber(r);
  // One in ten people owes on two accounts: their calls alternate between them.
  const accounts = [`acct_${r.int(100000, 999999)}`, ...(r.chance(0.1) ? [`acct_${r.int(100000, 999999)}`] : [])];
  const heavy = r.chance(0.02);
  const spreadMs = spreadDays * DAY_MS;
  const schedule: { scenario: Scenario; delivered: boolean; offset: number }[] = [];
  for (let k = 0, offset = 0; k < CALLS_PER_CONTACT; k++) {
    const delivered = r.next() > 0.09;
    const scenario: Scenario = delivered ? r.weighted(OUTCOMES) : "NO ANSWER";
    schedule.push({ scenario, delivered, offset });
    offset += gapDays(r, scenario, heavy) * DAY_MS;
  }
  // The whole schedule inside the window: placed anywhere it fits, or squeezed into a window shorter
  // than it (the 8.6-day wait stays above 7 days down to a squeeze of 0.82; the demo's six weeks
  // squeeze more, so its contacts break the rules more often).
  const span = schedule[schedule.length - 1]!.offset;
  const squeeze = span < spreadMs ? 1 : (spreadMs - 1) / span;
  const start = r.next() * (spreadMs - span * squeeze);
  const k = index % CALLS_PER_CONTACT;
  const { scenario, delivered, offset } = schedule[k]!;
  const endedAt = new Date(now.getTime() - spreadMs + start + offset * squeeze);
  return { scenario, delivered, number, account: accounts[k % accounts.length]!, endedAt, contactSeed };
}
