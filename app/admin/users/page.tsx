import type { Metadata } from "next";
import { connection } from "next/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ActiveForm, PasswordForm, RoleForm } from "@/components/admin/user-actions";
import { requireUser } from "@/lib/auth/require-user";
import { formatCallTime } from "@/lib/calls/format";
import { getEnv } from "@/lib/env";
import { listUsers } from "@/lib/users/list-users";
import { createUserAction, setActiveAction, setPasswordAction, setRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await connection();
  const me = await requireUser("users:manage");
  const users = await listUsers();
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Users</h1>
        <p className="text-sm text-muted">
          Agents read calls and analytics; managers also export and see deliveries and raw payloads; admins also manage users and read the audit trail.
        </p>
      </div>
      <CreateUserForm action={createUserAction} />
      <div className="overflow-x-auto rounded-lg border border-border bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-border text-xs text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Email</th>
              <th scope="col" className="px-3 py-2 font-medium">Role</th>
              <th scope="col" className="px-3 py-2 font-medium">Last sign-in</th>
              <th scope="col" className="px-3 py-2 font-medium">Status</th>
              <th scope="col" className="px-3 py-2 font-medium">Password</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-border align-top last:border-0">
                <td className="px-3 py-2 font-medium">{user.email}{user.id === me.id && <span className="ml-2 text-xs text-muted">(you)</span>}</td>
                <td className="px-3 py-2"><RoleForm user={user} action={setRoleAction} /></td>
                <td className="px-3 py-2 text-muted">{user.lastSignInAt ? formatCallTime(user.lastSignInAt, timeZone) : "Never"}</td>
                <td className="px-3 py-2">
                  <div className="flex items-start gap-3">
                    <span className={user.active ? "pt-2" : "pt-2 text-danger"}>{user.active ? "Active" : "Deactivated"}</span>
                    <ActiveForm user={user} action={setActiveAction} />
                  </div>
                </td>
                <td className="px-3 py-2"><PasswordForm user={user} action={setPasswordAction} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
