// The demo recordings route: only for a signed-in user who may read calls, as WAV, with ranges.
import { beforeAll, describe, expect, it } from "vitest";
import { demoRecordingWav } from "@/lib/calls/demo-recordings";
import { createDeactivatedUser, createTestUser, withCookie } from "@/scripts/test/auth";
import { GET } from "./route";

const url = "http://localhost/api/demo-recordings/conversation-short.wav";
const context = (name = "conversation-short.wav") => ({ params: Promise.resolve({ name }) });
let agent = "";
let deactivated = "";

beforeAll(async () => {
  agent = (await createTestUser("agent")).cookie;
  deactivated = (await createDeactivatedUser("agent")).cookie;
});

describe("GET /api/demo-recordings/:name", () => {
  it("refuses a request without a live session with 401, and sends no audio", async () => {
    for (const request of [new Request(url), withCookie(url, deactivated), withCookie(url, "better-auth.session_token=forged")]) {
      const response = await GET(request, context());
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
  });

  it("sends the whole clip as WAV to an agent, privately cached", async () => {
    const response = await GET(withCookie(url, agent), context());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes).equals(demoRecordingWav("conversation-short.wav"))).toBe(true);
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
  });

  it("answers the ranges a player asks for when it seeks", async () => {
    const whole = demoRecordingWav("conversation-short.wav");
    const request = (range: string) => withCookie(url, agent, { headers: { Range: range } });
    const part = await GET(request("bytes=1000-1999"), context());
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(1000, 2000))).toBe(true);
    const past = await GET(request(`bytes=${whole.length}-`), context());
    expect(past.status).toBe(416);
  });

  it("knows only its own clips", async () => {
    for (const name of ["nope.wav", "../../package.json", "__proto__"]) {
      const response = await GET(withCookie(url, agent), context(name));
      expect(response.status).toBe(404);
    }
  });
});
