"use client";

import { useState, type FormEvent } from "react";
import { Input } from "@/components/ui/input";
import { buttonClass } from "@/components/ui/button";

type Props = {
  /** Our JSON endpoint: /api/auth/sign-in or /api/auth/setup. */
  endpoint: string;
  submitLabel: string;
  /** Where to go once the session cookie is set (already checked to be a path of this site). */
  next: string;
  confirmPassword?: boolean;
  newPassword?: boolean;
};

type ErrorBody = { error?: { message?: string; issues?: { field: string; message: string }[] } };

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const issue = body.error?.issues?.[0]?.message;
  return issue ?? body.error?.message ?? `The server answered ${response.status}; try again.`;
}

/** Email and password (twice for a new account), posted as JSON; the error is shown as it comes. */
export function CredentialsForm({ endpoint, submitLabel, next, confirmPassword = false, newPassword = false }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = Object.fromEntries(new FormData(event.currentTarget));
    try {
      const response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(form) });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      setError(await messageOf(response));
    } catch {
      setError("The dashboard could not be reached; check the connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate={false}>
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-medium">Email</label>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-medium">Password</label>
        <Input id="password" name="password" type="password" autoComplete={newPassword ? "new-password" : "current-password"} required minLength={newPassword ? 12 : 1} />
        {newPassword && <p className="text-xs text-muted">At least 12 characters.</p>}
      </div>
      {confirmPassword && (
        <div className="flex flex-col gap-1">
          <label htmlFor="confirmPassword" className="text-sm font-medium">Password again</label>
          <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required minLength={12} />
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/5 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "Please wait…" : submitLabel}
      </button>
    </form>
  );
}
