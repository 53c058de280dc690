import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { ContactPageBody } from "@/components/contacts/contact-page-body";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { contactHref } from "@/lib/contacts/contact-key";
import { getContactView } from "@/lib/contacts/contact-view";
import { formatContactNumber, normalizeNumber } from "@/lib/contacts/normalize-number";
import { getContactSettings } from "@/lib/contacts/settings";

export const metadata: Metadata = { title: "Contact" };

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const querySchema = z.object({ account: z.string().max(200).optional().catch(undefined) });

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function ContactPage({ params, searchParams }: Props) {
  await connection();
  const user = await requireUser("calls:read");
  const settings = getContactSettings();
  const [{ number: segment }, query] = await Promise.all([params, searchParams]);
  const raw = decoded(segment);
  const contact = normalizeNumber(raw, settings.phoneRegion);
  if (!contact || raw.length > 64) notFound();
  const { account } = querySchema.parse({ account: [query.account].flat()[0] });
  // One address per contact: (212) 555-1234 and +1 212 555 1234 open /contacts/+12125551234.
  if (contact.number !== raw) redirect(contactHref(contact.number, account));
  const scope = { kind: "number" as const, number: contact.number, ...(account !== undefined && { account: account || null }) };
  const [view] = await Promise.all([
    getContactView(scope, new Date(), settings),
    recordUserEvent(user, await headers(), "contact.viewed", { type: "contact", id: contact.number }, { ...(account !== undefined && { account }) }),
  ]);
  if (view.calls.length === 0) notFound();
  const title = formatContactNumber(contact.number);
  return (
    <ContactPageBody
      title={title}
      subtitle={contact.parsed ? "Every call to this number" : "Every call to this number (not a number the phone library could parse: its digits are kept as they came)"}
      view={view}
      settings={settings}
      groupLabel={settings.accountKeyName ? (key) => (key.account ? `Account ${key.account}` : "Calls without an account") : () => title}
    />
  );
}
