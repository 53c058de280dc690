import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ContactPageBody } from "@/components/contacts/contact-page-body";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { getContactView } from "@/lib/contacts/contact-view";
import { formatContactNumber } from "@/lib/contacts/normalize-number";
import { getContactSettings } from "@/lib/contacts/settings";

export const metadata: Metadata = { title: "Account" };

type Props = { params: Promise<{ account: string }> };

export default async function AccountPage({ params }: Props) {
  await connection();
  const user = await requireUser("calls:read");
  const settings = getContactSettings();
  const { account: segment } = await params;
  let account: string;
  try {
    account = decodeURIComponent(segment);
  } catch {
    notFound();
  }
  if (!settings.accountKeyName || account.length > 200) notFound();
  const [view] = await Promise.all([
    getContactView({ kind: "account", account }, new Date(), settings),
    recordUserEvent(user, await headers(), "contact.viewed", { type: "contact", id: account }, { account }),
  ]);
  if (view.calls.length === 0) notFound();
  return (
    <ContactPageBody
      title={`${settings.accountKeyName} ${account}`}
      subtitle="Every call about this account, to any number"
      view={view}
      settings={settings}
      showNumber
      groupLabel={(key) => formatContactNumber(key.number)}
    />
  );
}
