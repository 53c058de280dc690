"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/http/action-state";
import { ActionMessage } from "./action-message";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function CreateUserForm({ action }: { action: Action }) {
  const [state, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4" aria-labelledby="new-user">
      <h2 id="new-user" className="w-full font-semibold">Add a user</h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="new-email" className="text-xs font-medium text-muted">Email</label>
        <Input id="new-email" name="email" type="email" required autoComplete="off" className="w-64" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="new-password" className="text-xs font-medium text-muted">Password (12 characters or more)</label>
        <Input id="new-password" name="password" type="password" required minLength={12} autoComplete="new-password" className="w-64" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="new-role" className="text-xs font-medium text-muted">Role</label>
        <Select id="new-role" name="role" defaultValue="agent">
          {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
        </Select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? "Adding…" : "Add user"}</button>
      <div className="w-full"><ActionMessage state={state} /></div>
    </form>
  );
}
