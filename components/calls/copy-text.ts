"use client";
import { toast } from "sonner";

/** Copies `text`, saying so in a toast; the clipboard needs HTTPS (or localhost), so say that too. */
export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    toast.success(`Copied ${what}`);
    return true;
  } catch {
    toast.error(`Could not copy ${what}: the browser allows it on HTTPS or localhost only. Select the text instead.`);
    return false;
  }
}
