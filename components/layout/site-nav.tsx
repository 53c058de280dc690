import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { currentUser } from "@/lib/auth/require-user";
import { can, ROLE_LABELS, type Permission } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

const links: { href: string; label: string; permission: Permission }[] = [
  { href: "/calls", label: "Calls", permission: "calls:read" },
  { href: "/analytics", label: "Analytics", permission: "calls:read" },
  { href: "/webhooks", label: "Deliveries", permission: "deliveries:read" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/audit", label: "Audit", permission: "audit:read" },
];

/** The navigation shows only what the signed-in user's role may open (each page checks again). */
export async function SiteNav() {
  const user = await currentUser();
  return (
    <header className="border-b border-border bg-surface">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-screen-2xl items-center gap-6 px-6">
        <Link href="/calls" className="font-semibold tracking-tight">
          Call outcomes
        </Link>
        {user && (
          <>
            <ul className="flex items-center gap-1 text-sm">
              {links
                .filter((link) => can(user.role, link.permission))
                .map((link) => (
                  <li key={link.href}>
                    <NavLink href={link.href}>{link.label}</NavLink>
                  </li>
                ))}
            </ul>
            <div className="ml-auto flex items-center gap-2 text-sm">
              <span className="text-muted" title={user.email}>
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
