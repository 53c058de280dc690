// The benchmark's ceiling route exists only in a bench build: elsewhere it answers 404 and reads
// nothing. (A real build inlines the flag when it builds; here the module reads it when imported.)
import { afterEach, describe, expect, it, vi } from "vitest";

const post = () => new Request("http://localhost/api/webhooks/ceiling", { method: "POST", body: JSON.stringify({ a: 1 }), headers: { "content-type": "application/json" } });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("POST /api/webhooks/ceiling", () => {
  it("answers 404 without reading the body outside a bench build", async () => {
    const { POST } = await import("./route");
    const request = post();
    const response = await POST(request);
    expect(response.status).toBe(404);
    expect(request.bodyUsed).toBe(false);
  });

  it("reads the body and answers in a bench build (the flag as the build inlines it)", async () => {
    vi.stubEnv("NEXT_PUBLIC_BENCH_BUILD", "1");
    const { POST } = await import("./route");
    const response = await POST(post());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, bytes: 7 });
  });

  it("keeps the webhook's body limit in a bench build", async () => {
    vi.stubEnv("NEXT_PUBLIC_BENCH_BUILD", "1");
    const { POST } = await import("./route");
    const huge = new Request("http://localhost/api/webhooks/ceiling", { method: "POST", body: "x", headers: { "content-length": String(1e9) } });
    expect((await POST(huge)).status).toBe(413);
  });
});
