// npm run bench:ingest-stages [-- --count 3000 --repeat 3]
// The CPU time of the webhook's own steps in Node, outside Next.js and without a database: what
// the route does for a delivery between reading the body and sending the statement (verify the
// signature, decode, parse and validate, derive the call's record, build the statement's
// parameters). bench:ingest --cpu gives the whole delivery's CPU in the server and in PostgreSQL;
// this says how much of the server's share is ours.
import { parseArgs } from "node:util";
import { signDelivery } from "@/e2e/fixtures/sign-delivery";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCall } from "@/lib/calls/generate";
import { decodeBody } from "@/lib/webhooks/levers/decode-body";
import { ingestStatement } from "@/lib/webhooks/levers/ingest";
import { parseDelivery } from "@/lib/webhooks/levers/parse-delivery";
import { verifyLeversSignature } from "@/lib/webhooks/levers/verify";

const SECRET = "whsec_YmVuY2htYXJrLXNlY3JldC1mb3ItbGV2ZXJzLWluZ2VzdA==";
const { values } = parseArgs({ options: { count: { type: "string", default: "3000" }, repeat: { type: "string", default: "3" } } });
const count = Number(values.count);
const repeat = Number(values.repeat);

const deliveries = Array.from({ length: count }, (_, index) => {
  const signed = signDelivery({ secret: SECRET, body: JSON.stringify(generateCall(index, { seed: 5 }).payload) });
  return { headers: new Headers(signed.headers), bytes: new TextEncoder().encode(signed.body) };
});
const stages = ["verify", "decode", "parse", "record", "statement"] as const;
const spent = Object.fromEntries(stages.map((stage) => [stage, 0])) as Record<(typeof stages)[number], number>;
for (let round = 0; round < repeat; round++) {
  for (const { headers, bytes } of deliveries) {
    let at = performance.now();
    const lap = (stage: (typeof stages)[number]) => {
      const now = performance.now();
      spent[stage] += now - at;
      at = now;
    };
    const verified = verifyLeversSignature(bytes, headers, [SECRET]);
    lap("verify");
    const body = decodeBody(bytes);
    lap("decode");
    const event = parseDelivery(body.text);
    lap("parse");
    if (event.kind === "unhandled") throw new Error("a generated delivery is phone_call.ended");
    toCallRecord(event.data);
    lap("record");
    ingestStatement({ svixId: verified.id, svixTimestamp: verified.timestamp, eventType: event.type, rawBody: body.text, bodyBytes: body.bytes, data: event.data });
    lap("statement");
  }
}
const bytes = deliveries.reduce((sum, delivery) => sum + delivery.bytes.length, 0) / count;
console.log(`${count} generated deliveries (${bytes.toFixed(0)} bytes on average), ${repeat} times each; ms per delivery:`);
let total = 0;
for (const stage of stages) {
  const ms = spent[stage] / (count * repeat);
  total += ms;
  console.log(`  ${stage.padEnd(10)} ${ms.toFixed(3)}`);
}
console.log(`  ${"all".padEnd(10)} ${total.toFixed(3)}  (the statement's step derives the record again, as ingestion does)`);
