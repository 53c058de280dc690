import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { currentUser } from "@/lib/auth/require-user";
import { can, ROLE_LABELS, type Permission } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

const links: { href: string; label: string; permission: Permission }[] = [
  { href: "/calls", label: "Calls", permission: "calls:read" },
  { href: "/analytics", label: "Analytics", permission: "calls:read" },
  { href: "/compliance", label: "Compliance", permission: "compliance:read" },
  { href: "/webhooks", label: "Deliveries", permission: "deliveries:read" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/audit", label: "Audit", permission: "audit:read" },
];

/** The navigation shows only what the signed-in user's role may open (each page checks again). */
export async function SiteNav() {
  const user = await currentUser();
  return (
    <header className="border-b border-border bg-surface">
      <nav aria-label="Main" className="mx-auto flex min-h-14 max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-1 px-6 py-2">
        <Link href="/calls" className="font-semibold tracking-tight">
          Call outcomes
        </Link>
        {user && (
          <>
            <ul className="flex flex-wrap items-center gap-1 text-sm">
              {links
                .filter((link) => can(user.role, link.permission))
                .map((link) => (
                  <li key={link.href}>
                    <NavLink href={link.href}>{link.label}</NavLink>
                  </li>
                ))}
            </ul>
            <div className="ml-auto flex min-w-0 items-center gap-2 text-sm">
              <span className="truncate text-muted" title={user.email}>
                {user.email} · {ROLE_LABELS[user.role]}
              </span>
              <SignOutButton />
            </div>
          </>
        )}
      </nav>
    </header>
  );
}
