// /setup: the first admin of an empty dashboard, signed in at once. Closed as soon as a user exists.
import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/http/errors";
import { createUser } from "@/lib/users/create-user";
import { emailSchema, newPasswordSchema } from "./credentials";
import { requestOrigin } from "./request-origin";
import { signInWithPassword } from "./sign-in";
import { hasAnyUser } from "./users-exist";

const setupSchema = z
  .object({ email: emailSchema, password: newPasswordSchema, confirmPassword: z.string() })
  .refine((form) => form.password === form.confirmPassword, { error: "The two passwords differ.", path: ["confirmPassword"] });

/** Creates the first admin and returns the Set-Cookie headers of their session. */
export async function createFirstAdmin(input: unknown, headers: Headers): Promise<Headers> {
  if (await hasAnyUser()) throw new ApiError(409, "setup_closed", "The first admin already exists: sign in instead.");
  const { email, password } = setupSchema.parse(input);
  await createUser({ email, password, role: "admin" }, { actor: { id: null, email: null }, origin: requestOrigin(headers), firstAdmin: true });
  return signInWithPassword({ email, password }, headers);
}
