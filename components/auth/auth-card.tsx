import type { ReactNode } from "react";

export function AuthCard({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto mt-12 w-full max-w-sm rounded-lg border border-border bg-surface p-6 shadow-sm">
      <h1 className="text-xl font-semibold">{title}</h1>
      <div className="mb-5 mt-1 text-sm text-muted">{intro}</div>
      {children}
    </div>
  );
}
