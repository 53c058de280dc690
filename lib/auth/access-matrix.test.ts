// The role matrix on a real database: every permission for anonymous, agent, manager, admin and a
// deactivated user, then every route handler a person calls, then the check each page makes.
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportAudit } from "@/app/api/admin/audit/export/route";
import { GET as rawPayload } from "@/app/api/calls/[id]/raw/route";
import { GET as exportCalls } from "@/app/api/calls/export/route";
import { GET as nextCall } from "@/app/calls/[id]/next/route";
import { GET as previousCall } from "@/app/calls/[id]/previous/route";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { createDeactivatedUser, createTestUser, withCookie } from "@/scripts/test/auth";
import { authorize } from "./authorize";
import { REQUEST_PATH_HEADER } from "./headers";
import type { Permission } from "./roles";

type Who = "anonymous" | "agent" | "manager" | "admin" | "deactivated";
const WHO: Who[] = ["anonymous", "agent", "manager", "admin", "deactivated"];
const cookies: Record<Who, string> = { anonymous: "", agent: "", manager: "", admin: "", deactivated: "" };
let callId = "";

const EXPECTED: Record<Permission, Who[]> = {
  "calls:read": ["agent", "manager", "admin"],
  "calls:review": ["agent", "manager", "admin"],
  "reviews:stats": ["manager", "admin"],
  "calls:export": ["manager", "admin"],
  "calls:raw": ["manager", "admin"],
  "deliveries:read": ["manager", "admin"],
  "deliveries:replay": ["admin"],
  "users:manage": ["admin"],
  "audit:read": ["admin"],
  "compliance:read": ["manager", "admin"],
  "compliance:except": ["manager", "admin"],
};

describe("before anyone exists", () => {
  it("sends every visitor to /setup", async () => {
    expect(await authorize(new Headers(), "calls:read")).toEqual({ kind: "redirect", to: "/setup" });
  });
});

describe("the role matrix", () => {
  beforeAll(async () => {
    for (const role of ["agent", "manager", "admin"] as const) cookies[role] = (await createTestUser(role)).cookie;
    cookies.deactivated = (await createDeactivatedUser("admin")).cookie;
    const [call] = generateCalls(1, { seed: 3, now: new Date(), spreadDays: 1 });
    await insertCalls([{ record: toCallRecord(call!.payload), endedAt: call!.endedAt }]);
    callId = (await getDb().call.findFirstOrThrow({ select: { id: true } })).id;
  });

  for (const [permission, allowed] of Object.entries(EXPECTED) as [Permission, Who[]][]) {
    it(`${permission}: ${allowed.join(", ")} only`, async () => {
      for (const who of WHO) {
        const headers = new Headers({ [REQUEST_PATH_HEADER]: "/calls?q=x", ...(cookies[who] && { cookie: cookies[who] }) });
        const decision = await authorize(headers, permission);
        const expected = allowed.includes(who) ? "allowed" : who === "anonymous" || who === "deactivated" ? "redirect" : "forbidden";
        expect([who, decision.kind]).toEqual([who, expected]);
        if (decision.kind === "redirect") expect(decision.to).toBe("/login?next=%2Fcalls%3Fq%3Dx");
      }
    });
  }

  const routes = [
    { name: "GET /api/calls/export", permission: "calls:export", call: (req: Request) => exportCalls(req, {}) },
    { name: "GET /api/calls/:id/raw", permission: "calls:raw", call: (req: Request) => rawPayload(req, { params: Promise.resolve({ id: callId }) }) },
    { name: "GET /api/admin/audit/export", permission: "audit:read", call: (req: Request) => exportAudit(req, {}) },
  ] as const;

  for (const route of routes) {
    it(`${route.name} answers 401 without a session, 403 for other roles, 200 for ${EXPECTED[route.permission].join(", ")}`, async () => {
      for (const who of WHO) {
        const response = await route.call(withCookie("http://localhost/x", cookies[who]));
        const expected = EXPECTED[route.permission].includes(who) ? 200 : who === "anonymous" || who === "deactivated" ? 401 : 403;
        expect([who, response.status]).toEqual([who, expected]);
        if (expected !== 200) {
          const body = (await response.json()) as { error: { code: string } };
          expect(body.error.code).toBe(expected === 401 ? "unauthenticated" : "forbidden");
        } else await response.body?.cancel();
      }
    });
  }

  it("next/previous redirect a stranger to the login page and step for every role", async () => {
    for (const step of [nextCall, previousCall]) {
      for (const who of WHO) {
        const response = await step(withCookie(`http://localhost/calls/${callId}/next`, cookies[who]), { params: Promise.resolve({ id: callId }) });
        expect(response.status).toBe(303);
        const location = response.headers.get("location")!;
        if (who === "anonymous" || who === "deactivated") expect(location).toMatch(/^\/login\?next=/);
        else expect(location).toMatch(/^\/calls\//);
      }
    }
  });

  it("a call view and a raw payload opening are audit events of their reader", async () => {
    const response = await rawPayload(withCookie("http://localhost/x", cookies.manager), { params: Promise.resolve({ id: callId }) });
    expect(await response.text()).toContain("providerCallId");
    const event = await getDb().auditEvent.findFirst({ where: { action: "call.raw_payload_opened", targetId: callId } });
    expect(event?.actorEmail).toMatch(/^manager-/);
  });
});

// Each page and route handler makes its own check (proxy.ts only redirects): the permission it
// asks for, read from its source, must be the one the matrix above promises.
describe("every page and route checks the session itself", () => {
  const PUBLIC = ["app/login/page.tsx", "app/setup/page.tsx", "app/api/health/route.ts", "app/api/webhooks/levers/route.ts", "app/api/auth/sign-in/route.ts", "app/api/auth/sign-out/route.ts", "app/api/auth/setup/route.ts"];
  // Answers 404 in every build but the ingestion benchmark's (lib/http/bench-build.ts), reads nothing.
  const BENCH_ONLY = ["app/api/webhooks/ceiling/route.ts"];
  const files = readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => `app/${file}`);

  it.each(files.filter((file) => !PUBLIC.includes(file) && !BENCH_ONLY.includes(file)))("%s", (file) => {
    const source = readFileSync(file, "utf8");
    const asked = [...source.matchAll(/requireUser\("([a-z:]+)"\)|permission: "([a-z:]+)"/g)].map((match) => match[1] ?? match[2]);
    expect(asked.length).toBeGreaterThan(0);
    const expected = file.includes("/admin/audit") || file.includes("/api/admin/audit") ? "audit:read"
      : file.includes("/admin/users") ? "users:manage"
      : file.includes("/api/deliveries/") ? "deliveries:replay"
      : file.includes("/webhooks/") ? "deliveries:read"
      : file.includes("/compliance") ? "compliance:read"
      : file.includes("/export/") ? "calls:export"
      : file.includes("/raw/") ? "calls:raw"
      : file.startsWith("app/review/") ? "calls:review"
      : "calls:read";
    expect(asked).toContain(expected);
  });
});
