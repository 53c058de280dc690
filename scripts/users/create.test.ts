// `npm run users:create` as an operator runs it: a real process, the password on standard input.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

const root = path.resolve(import.meta.dirname, "../..");

function run(args: string[], password: string) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/users/create.ts", ...args], {
    cwd: root,
    input: password,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "development" },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe("npm run users:create", () => {
  it("creates a user whose password came on standard input, and never prints it", async () => {
    const { code, out } = run(["--email", "Ops@Example.test", "--role", "manager", "--password-stdin"], "a password from stdin\n");
    expect([code, out]).toEqual([0, expect.stringContaining("Created ops@example.test (manager)")]);
    expect(out).not.toContain("a password from stdin");
    const user = await getDb().user.findUnique({ where: { email: "ops@example.test" } });
    expect(user?.role).toBe("manager");
  });

  it.each([
    ["the email exists", ["--email", "ops@example.test", "--role", "agent", "--password-stdin"], "another long password", /already exists/],
    ["the role is unknown", ["--email", "x@example.test", "--role", "owner", "--password-stdin"], "another long password", /role: expected one of agent, manager, admin/],
    ["the password is too weak", ["--email", "y@example.test", "--role", "agent", "--password-stdin"], "short", /password: Use at least 12 characters/],
  ])("exits 1 with a clear message when %s", (_, args, password, message) => {
    const { code, out } = run(args, password);
    expect(code).toBe(1);
    expect(out).toMatch(message);
  });

  it("exits 2 with the usage when --password-stdin is missing", () => {
    const { code, out } = run(["--email", "z@example.test", "--role", "agent"], "");
    expect(code).toBe(2);
    expect(out).toContain("Usage:");
  });
});
