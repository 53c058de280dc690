"use client";
// Review mode's keyboard: j/k down and up the list, r reviewed, f needs follow-up (both then move
// on to the next unreviewed call), o correct the outcome, n note, t tag, ? this list. Keys typed
// into a field, or with Ctrl/Alt/Cmd, are left alone.
import { KeyboardIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { NOTE_INPUT_ID } from "./notes-thread";
import { useReview } from "./review-context";

type Props = { nextHref: string; previousHref: string; words: { next: string; previous: string } };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='combobox'], [role='listbox'], [role='dialog']") !== null;
}

export function ReviewShortcuts({ nextHref, previousHref, words }: Props) {
  const router = useRouter();
  const { setStatus, setOpenForm, busy } = useReview();
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => router.push(nextHref),
        k: () => router.push(previousHref),
        r: () => !busy && void setStatus("reviewed"),
        f: () => !busy && void setStatus("needs_follow_up"),
        o: () => setOpenForm("outcome"),
        n: () => document.getElementById(NOTE_INPUT_ID)?.focus(),
        t: () => setOpenForm("tag"),
        "?": () => setHelp(true),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    // Says the keys are live (after hydration): tests and tools wait for it before typing.
    document.body.dataset.reviewShortcuts = "on";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.body.dataset.reviewShortcuts;
    };
  }, [busy, nextHref, previousHref, router, setOpenForm, setStatus]);

  const keys: [string, string][] = [
    ["j", `${words.next} call in this list`],
    ["k", `${words.previous} call in this list`],
    ["r", "Mark reviewed, then the next unreviewed call"],
    ["f", "Mark needs follow-up, then the next unreviewed call"],
    ["o", "Correct the outcome"],
    ["n", "Write a note"],
    ["t", "Add a tag"],
    ["?", "Show these shortcuts"],
  ];

  return (
    <>
      <Button onClick={() => setHelp(true)} aria-keyshortcuts="?" className="h-8">
        <KeyboardIcon aria-hidden className="size-4" />
        Shortcuts
      </Button>
      <Dialog open={help} onOpenChange={setHelp}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Keyboard shortcuts</DialogTitle>
            <DialogDescription>They work anywhere on the page except while typing in a field.</DialogDescription>
          </DialogHeader>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {keys.map(([key, meaning]) => (
              <div key={key} className="contents">
                <dt><kbd className="rounded border border-border bg-background px-1.5 py-0.5 font-mono text-xs">{key}</kbd></dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
        </DialogContent>
      </Dialog>
    </>
  );
}
