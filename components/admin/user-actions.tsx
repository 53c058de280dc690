"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/http/action-state";
import { ActionMessage } from "./action-message";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type User = { id: string; email: string; role: string; active: boolean };

export function RoleForm({ user, action }: { user: User; action: Action }) {
  const [state, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex gap-2">
        <Select name="role" defaultValue={user.role} aria-label={`Role of ${user.email}`}>
          {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
        </Select>
        <button type="submit" disabled={pending} className={buttonClass("secondary")}>Save role</button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}

export function ActiveForm({ user, action }: { user: User; action: Action }) {
  const [state, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value={String(!user.active)} />
      <button type="submit" disabled={pending} className={buttonClass(user.active ? "secondary" : "primary")} aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.email}`}>
        {user.active ? "Deactivate" : "Reactivate"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

export function PasswordForm({ user, action }: { user: User; action: Action }) {
  const [state, submit, pending] = useActionState(action, null);
  return (
    <form action={submit} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex gap-2">
        <Input name="password" type="password" minLength={12} required autoComplete="new-password" placeholder="New password" aria-label={`New password for ${user.email}`} className="w-40" />
        <button type="submit" disabled={pending} className={buttonClass("secondary")}>Set</button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
