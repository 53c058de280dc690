// Demo data for a first run: a few hundred realistic calls over the last weeks, stored through the
// same ingestion code as real webhooks (so the inbox shows them too). Only into an empty database;
// DEMO_DATA=false turns it off (see scripts/dev.ts). Their recordings are the clips this dashboard
// makes itself (lib/calls/demo-recordings.ts), so the call page's player plays without any storage.
import { DEMO_RECORDING_BUCKET, demoRecordingFor } from "@/lib/calls/demo-recordings";
import { generateCall } from "@/lib/calls/generate";
import { disconnectDb, getDb } from "@/lib/db";
import { ingestCallEvent } from "@/lib/webhooks/levers/ingest";
import { CALL_ENDED_EVENT, parseLeversEvent } from "@/lib/webhooks/levers/payload";

export const DEMO_CALLS = 300;
const DEMO_SEED = 20_260_101;
const BATCH = 8;

async function ingestDemoCall(index: number, now: Date, redelivery: boolean): Promise<void> {
  const generated = generateCall(index, { seed: DEMO_SEED, now, spreadDays: 42 });
  const { endedAt } = generated;
  const payload = { ...generated.payload, recordingUrl: `${DEMO_RECORDING_BUCKET}:${demoRecordingFor(generated.payload.duration)}` };
  // A few calls get a second, later delivery (as when Levers re-evaluates a call): they show as "updated".
  const body = redelivery ? { ...payload, summary: `${payload.summary ?? "No summary."} (re-evaluated)` } : payload;
  const event = parseLeversEvent(body);
  if (event.kind !== "call_ended") throw new Error(`The generator made a payload the ingestion refuses: ${JSON.stringify(event)}`);
  const rawBody = JSON.stringify(body);
  await ingestCallEvent({
    svixId: `msg_demo_${index}${redelivery ? "_2" : ""}`,
    svixTimestamp: redelivery ? new Date(endedAt.getTime() + 90_000) : endedAt,
    eventType: CALL_ENDED_EVENT,
    rawBody,
    bodyBytes: Buffer.byteLength(rawBody),
    data: event.data,
  });
}

/** Loads the demo calls when the database has none. Returns how many were stored. */
export async function loadDemoDataIfEmpty(count = DEMO_CALLS): Promise<number> {
  try {
    if ((await getDb().call.count()) > 0) return 0;
    console.log(`Empty database: loading ${count} demo calls through the webhook ingestion (DEMO_DATA=false turns this off)`);
    const now = new Date();
    const jobs: (readonly [number, boolean])[] = Array.from({ length: count }, (_, index) => [index, false] as const);
    for (let index = 0; index < count; index += 25) jobs.push([index, true]);
    for (let start = 0; start < jobs.length; start += BATCH) {
      await Promise.all(jobs.slice(start, start + BATCH).map(([index, redelivery]) => ingestDemoCall(index, now, redelivery)));
    }
    return count;
  } finally {
    await disconnectDb(); // the launcher keeps running Next.js; it needs no pool of its own
  }
}
