import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { currentUser } from "@/lib/auth/require-user";
import { hasAnyUser } from "@/lib/auth/users-exist";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  await connection();
  const next = safeNextPath([(await searchParams).next].flat()[0]);
  if (!(await hasAnyUser())) redirect("/setup");
  if (await currentUser()) redirect(next);
  return (
    <AuthCard title="Sign in" intro="Sign in with the email and password an admin of this dashboard gave you.">
      <CredentialsForm endpoint="/api/auth/sign-in" submitLabel="Sign in" next={next} />
    </AuthCard>
  );
}
