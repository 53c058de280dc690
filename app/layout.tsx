import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/layout/site-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Call outcomes", template: "%s · Call outcomes" },
  description: "Outcomes of AI phone calls placed through Levers",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <SiteNav />
        <main className="mx-auto max-w-screen-2xl px-6 py-6">{children}</main>
      </body>
    </html>
  );
}
