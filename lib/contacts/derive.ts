// The contact columns of a call, derived from its payload at ingestion (lib/calls/call-record.ts)
// and for stored calls by the backfill (backfill.ts), with the same function.
import { findDisclosure } from "@/lib/compliance/disclosure";
import { accountKeyOf } from "./account-key";
import { normalizeNumber } from "./normalize-number";
import { statedAmount } from "./promise-effective";
import type { ContactSettings } from "./settings";

export type ContactColumns = {
  contactNumber: string | null;
  contactNumberParsed: boolean | null;
  accountKey: string | null;
  disclosureFound: boolean | null;
  /** The first amount the summary or reasoning states (promise-terms.ts), whatever the outcome: a fact of the texts. */
  promiseAmountCents: number | null;
  promiseCurrency: string | null;
};

export { PROMISE_AMOUNT_SCAN_CHARS } from "./promise-effective";

type Source = {
  numberTo: string | null | undefined;
  metadata: unknown;
  transcription: string | null | undefined;
  summary: string | null | undefined;
  reasoning: string | null | undefined;
};

/** The number called is the contact: Levers' calls are outbound, `numberFrom` is our own line. */
export function deriveContactColumns(source: Source, settings: ContactSettings): ContactColumns {
  const contact = normalizeNumber(source.numberTo, settings.phoneRegion);
  const disclosure = findDisclosure(source.transcription, settings.disclosurePhrases, settings.disclosureTurns);
  // The same function the call and contact pages show the extracted amount with.
  const money = statedAmount(source);
  return {
    contactNumber: contact?.number ?? null,
    contactNumberParsed: contact?.parsed ?? null,
    accountKey: accountKeyOf(source.metadata, settings.accountKeyName),
    disclosureFound: disclosure === null ? null : disclosure.found,
    promiseAmountCents: money?.cents ?? null,
    promiseCurrency: money?.currency ?? null,
  };
}
