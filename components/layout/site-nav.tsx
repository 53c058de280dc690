import Link from "next/link";
import { NavLink } from "./nav-link";

const links = [
  { href: "/calls", label: "Calls" },
  { href: "/analytics", label: "Analytics" },
  { href: "/webhooks", label: "Deliveries" },
];

export function SiteNav() {
  return (
    <header className="border-b border-border bg-surface">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-screen-2xl items-center gap-6 px-6">
        <Link href="/calls" className="font-semibold tracking-tight">
          Call outcomes
        </Link>
        <ul className="flex items-center gap-1 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href}>{link.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
