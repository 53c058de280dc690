// The account (or debt) a call is about: the `requestMetadata` value named by CONTACT_ACCOUNT_KEY.
// It is indexed, so it is bounded like the other indexed labels (lib/calls/label-key.ts).
import { z } from "zod";
import { boundLabel } from "@/lib/calls/label-key";
import { storableText } from "@/lib/webhooks/levers/storable-text";

const requestMetadataSchema = z.object({ requestMetadata: z.record(z.string(), z.unknown()) });
const valueSchema = z.union([z.string(), z.number().finite()]);

export function accountKeyOf(metadata: unknown, keyName: string | null): string | null {
  if (!keyName) return null;
  const parsed = requestMetadataSchema.safeParse(metadata);
  if (!parsed.success) return null;
  const value = valueSchema.safeParse(parsed.data.requestMetadata[keyName]);
  if (!value.success) return null;
  const text = storableText(String(value.data)).trim();
  return text ? boundLabel(text) : null;
}
