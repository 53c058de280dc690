import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";

export default async function HomePage() {
  await requireUser("calls:read");
  redirect("/calls");
}
