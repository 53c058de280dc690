// The call page renders within a bounded size whatever the call holds: a 1 MiB transcript and
// metadata nested 3,000 deep (stored in a real PostgreSQL, read back and rendered to HTML).
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as rawRoute } from "@/app/api/calls/[id]/raw/route";
import { GET as transcriptRoute } from "@/app/calls/[id]/transcript/route";
import { getBoundedCall } from "@/lib/calls/bounded-call";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb, getPool } from "@/lib/db";
import { createTestUser, withCookie } from "@/scripts/test/auth";
import { AiNotes } from "./ai-notes";
import { CallHeader } from "./call-header";
import { MetadataList } from "./metadata-list";
import { RawPayload } from "./raw-payload";
import { TranscriptView } from "./transcript-view";

const MiB = 1024 * 1024;
let id = "";
let cookie = "";
let deep: unknown = "bottom";
for (let i = 0; i < 3000; i++) deep = { level: deep };

beforeAll(async () => {
  const [generated] = generateCalls(1, { seed: 1 });
  const record = toCallRecord(generated!.payload);
  record.transcription = "AI: Hello there, can you pay today?\nCustomer: Maybe tomorrow, I think.\n".repeat(Math.ceil(MiB / 70));
  record.summary = "long ".repeat(200_000);
  record.callOutput = "x".repeat(50_000);
  await insertCalls([{ record, endedAt: new Date(), rawBody: JSON.stringify({ deep, pad: "p".repeat(MiB) }) }]);
  id = (await getDb().call.findFirstOrThrow({ select: { id: true } })).id;
  cookie = (await createTestUser("manager")).cookie;
  // Prisma's own serializer recurses per level: the deep value goes in as text.
  const metadata = JSON.stringify({ requestMetadata: { project_id: "proj_1" }, deep });
  await getPool().query("UPDATE calls SET metadata = $1::jsonb WHERE id = $2", [metadata, id]);
});

describe("the call page with unbounded content", () => {
  it("renders in well under 1 MiB, with links to all of it", async () => {
    const call = (await getBoundedCall(id))!;
    const html = renderToStaticMarkup(
      <>
        <CallHeader call={call} timeZone="UTC" />
        <AiNotes call={call} />
        <TranscriptView transcript={call.transcription} terms={["pay"]} fullLength={call.cuts.transcription} fullHref={`/calls/${id}/transcript`} />
        <MetadataList metadata={call.metadata} {...(call.cuts.metadata && { fullHref: `/api/calls/${id}/raw` })} />
        <RawPayload callId={id} bytes={call.cuts.rawBody ?? 0} />
      </>,
    );
    expect(html.length).toBeLessThan(400_000);
    expect(call.cuts.transcription).toBeGreaterThan(MiB - 100);
    expect(html).toContain(`href="/calls/${id}/transcript"`);
    expect(html).toContain(`href="/api/calls/${id}/raw"`);
    // The payload itself is not in the page: it is fetched (and audited) when opened.
    expect(html).not.toContain("pppppppppp");
    expect(html).toContain("nested deeper");
  });

  it("serves the whole transcript and payload on their own links", async () => {
    const context = { params: Promise.resolve({ id }) };
    const transcript = await transcriptRoute(withCookie(`http://localhost/calls/${id}/transcript`, cookie), context);
    expect(transcript.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect((await transcript.text()).length).toBeGreaterThan(MiB - 100);
    const raw = await rawRoute(withCookie(`http://localhost/api/calls/${id}/raw`, cookie), context);
    expect(JSON.parse(await raw.text()).pad).toHaveLength(MiB);
  });
});
