"use client";
// The bulk bar: shown while rows are selected. Acts on the selected rows, or, after "Apply to all N
// calls of this filter", on every call of the list's filters: then the server counts them first and
// a dialog asks with that count. The server reads the filters from the list's address itself
// (lib/reviews/bulk-request.ts); the result is a toast, then the list reloads.
import { CheckCheckIcon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { bulkReviewAction, countBulkSelectionAction } from "@/app/calls/(list)/bulk-actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { applyToAllLabel, bulkConfirmQuestion, type BulkChoice } from "@/lib/calls/list-bulk";
import type { CallTotal } from "@/lib/calls/list-calls";
import { formatCount } from "@/lib/calls/format";
import { AssignPicker, TagPicker } from "./bulk-pickers";
import { useSelection } from "./selection";

type Props = { listQuery: string; total: CallTotal; users: { id: string; name: string }[]; tags: string[]; meId: string };

type Confirm = { choice: BulkChoice; count: number };

const requestOf = (choice: BulkChoice, selection: { kind: "ids"; ids: string[] } | { kind: "filters"; query: string }) =>
  choice.action === "mark_reviewed" ? { action: choice.action, selection }
    : choice.action === "assign" ? { action: choice.action, selection, assigneeId: choice.assigneeId }
      : { action: choice.action, selection, tag: choice.tag };

export function BulkBar({ listQuery, total, users, tags, meId }: Props) {
  const router = useRouter();
  const { selected, clear } = useSelection();
  const [wholeFilter, setWholeFilter] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [running, startRunning] = useTransition();
  const [counting, startCounting] = useTransition();
  const pending = running || counting;
  if (selected.size === 0 && !wholeFilter) return null;

  const run = (choice: BulkChoice) =>
    startRunning(async () => {
      const selection = wholeFilter ? { kind: "filters" as const, query: listQuery } : { kind: "ids" as const, ids: [...selected] };
      const result = await bulkReviewAction(requestOf(choice, selection));
      if (!result?.ok) {
        toast.error(result?.message ?? "The bulk action failed.");
        return;
      }
      toast.success(result.message);
      setConfirm(null);
      setWholeFilter(false);
      clear();
      router.refresh();
    });

  const choose = (choice: BulkChoice) => {
    if (!wholeFilter) return run(choice);
    startCounting(async () => {
      const counted = await countBulkSelectionAction({ kind: "filters", query: listQuery });
      if (!counted.ok) toast.error(counted.message);
      else setConfirm({ choice, count: counted.count });
    });
  };

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="sticky bottom-3 z-20 flex flex-wrap items-center gap-2 rounded-lg border border-accent/40 bg-surface p-2 shadow-lg"
      data-pending={pending ? "" : undefined}
    >
      <p className="px-1 text-sm font-medium" aria-live="polite">
        {counting ? "Counting…" : wholeFilter ? `All ${total.exact ? "" : "about "}${formatCount(total.value)} calls of this filter` : `${formatCount(selected.size)} selected`}
      </p>
      <Button variant="primary" disabled={pending} onClick={() => choose({ action: "mark_reviewed" })}>
        <CheckCheckIcon aria-hidden className="size-4" />
        Mark reviewed
      </Button>
      <AssignPicker users={users} meId={meId} disabled={pending} onAssign={(assigneeId, name) => choose({ action: "assign", assigneeId, name })} />
      <TagPicker tags={tags} disabled={pending} onTag={(tag) => choose({ action: "tag", tag })} />
      {!wholeFilter && (
        <Button variant="ghost" disabled={pending} onClick={() => setWholeFilter(true)} className="text-accent">
          {applyToAllLabel(total)}
        </Button>
      )}
      <Button variant="ghost" disabled={pending} onClick={() => { setWholeFilter(false); clear(); }} className="ml-auto" aria-label="Clear the selection">
        <XIcon aria-hidden className="size-4" />
        <span className="max-sm:sr-only">Clear</span>
      </Button>
      <Dialog open={confirm !== null} onOpenChange={(open) => !open && setConfirm(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{confirm && bulkConfirmQuestion(confirm.choice, confirm.count)}</DialogTitle>
            <DialogDescription>
              Every call matching the list&apos;s filters now, not only this page. Each change is recorded in the calls&apos; history and the audit log.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="secondary" onClick={() => setConfirm(null)} disabled={running}>Cancel</Button>
            <Button variant="primary" onClick={() => confirm && run(confirm.choice)} disabled={running || confirm?.count === 0}>
              {running ? "Working…" : `Apply to ${confirm ? formatCount(confirm.count) : ""} ${confirm?.count === 1 ? "call" : "calls"}`}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
