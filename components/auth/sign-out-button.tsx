"use client";

import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    await fetch("/api/auth/sign-out", { method: "POST" }).catch(() => null);
    // A full load, not a client navigation: nothing of the signed-in pages stays in the router cache.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/login");
  }
  return (
    <button type="button" onClick={signOut} disabled={pending} className="rounded-md px-3 py-1.5 text-sm text-muted hover:bg-background hover:text-foreground">
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
