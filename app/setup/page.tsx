import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { hasAnyUser } from "@/lib/auth/users-exist";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  await connection();
  // Closed for good once anyone exists: the POST behind the form checks again, under a lock.
  if (await hasAnyUser()) redirect("/login");
  return (
    <AuthCard
      title="Create the first admin"
      intro="Nobody can sign in to this dashboard yet. The account you create here is its first admin; it can then add the rest of the team."
    >
      <CredentialsForm endpoint="/api/auth/setup" submitLabel="Create admin and sign in" next="/calls" confirmPassword newPassword />
    </AuthCard>
  );
}
