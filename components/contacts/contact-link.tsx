import Link from "next/link";
import { contactHref } from "@/lib/contacts/contact-key";
import { formatContactNumber, normalizeNumber } from "@/lib/contacts/normalize-number";
import { getContactSettings } from "@/lib/contacts/settings";
import { cn } from "@/lib/utils";

/**
 * A number as a link to its contact page. `number` may be the stored contact number or the raw
 * `numberTo` (normalised here the way ingestion does). With `account`, the page of that account's calls.
 */
export function ContactLink({ number, account, className, children }: { number: string | null; account?: string | null; className?: string; children?: React.ReactNode }) {
  const contact = normalizeNumber(number, getContactSettings().phoneRegion);
  if (!contact) return <span className="text-muted">–</span>;
  return (
    <Link href={contactHref(contact.number, account)} className={cn("text-accent underline-offset-2 hover:underline", className)} title="Every call to this number">
      {children ?? formatContactNumber(contact.number)}
    </Link>
  );
}
