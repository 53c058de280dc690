"use client";
// Who the call is assigned to: pick an active user, "Assign to me", "Unassign".
import { useId, useState } from "react";
import { assignAction, unassignAction } from "@/app/calls/[id]/review-actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { UserRef } from "@/lib/reviews/review-state";
import { nameOf } from "./format";
import { useReview } from "./review-context";

export type Assignable = { id: string; email: string };

export function AssigneeControl({ assignee, users }: { assignee: UserRef | null; users: Assignable[] }) {
  const { callId, meId, change, busy } = useReview();
  const id = useId();
  const [picked, setPicked] = useState("");

  const assign = (assigneeId: string) => {
    const who = assigneeId === "me" ? "you" : users.find((u) => u.id === assigneeId)?.email ?? "them";
    return change((expectedVersion) => assignAction({ callId, assigneeId, expectedVersion }), `Assigned to ${who}.`);
  };
  const unassign = () => change((expectedVersion) => unassignAction({ callId, expectedVersion }), "Unassigned.");

  return (
    <div className="space-y-2">
      <h3 className="text-xs font-medium text-muted">Assignee</h3>
      <p className="text-sm" data-testid="review-assignee">{assignee ? nameOf(assignee) : <span className="text-muted">Nobody</span>}</p>
      <div className="flex flex-wrap items-center gap-1.5">
        <label htmlFor={id} className="sr-only">Assign to</label>
        <Select id={id} value={picked} onChange={(e) => setPicked(e.target.value)} className="h-8 max-w-full min-w-0 flex-1 basis-40">
          <option value="">Choose a person…</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>{user.email}</option>
          ))}
        </Select>
        <Button className="h-8" disabled={busy || !picked || picked === assignee?.id} onClick={() => void assign(picked).then((r) => r.ok && setPicked(""))}>Assign</Button>
        {assignee?.id !== meId && <Button className="h-8" disabled={busy} onClick={() => void assign("me")}>Assign to me</Button>}
        {assignee && <Button className="h-8" disabled={busy} onClick={() => void unassign()}>Unassign</Button>}
      </div>
    </div>
  );
}
