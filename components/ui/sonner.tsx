"use client";
// shadcn/ui toaster on sonner, in this app's colours (no theme switcher: the app has one theme).
import type { CSSProperties } from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

export function Toaster(props: ToasterProps) {
  return (
    <Sonner
      className="toaster group"
      closeButton
      style={{ "--normal-bg": "var(--surface)", "--normal-text": "var(--foreground)", "--normal-border": "var(--border)" } as CSSProperties}
      {...props}
    />
  );
}
