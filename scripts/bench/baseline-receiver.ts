// The benchmark's baseline: the least a correct receiver can do. Plain node:http, svix verify,
// JSON.parse, one INSERT ... ON CONFLICT DO NOTHING through a pg pool of 10, into the same `calls`
// table (same indexes and generated search column) as the app, on a database of its own.
// Usage (from scripts/bench/ingest.ts): tsx scripts/bench/baseline-receiver.ts <port> <databaseUrl> <secret>
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { Webhook } from "svix";

const [port, databaseUrl, secret] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const webhook = new Webhook(secret!);

const INSERT = `INSERT INTO calls (id, provider_call_id, number_from, number_to, provider_status, delivery_status, duration_seconds,
  summary, ended_reason, call_output, call_output_reasoning, sentiment_output, sentiment_output_reasoning, transcription,
  recording_url, metadata, raw_body, ended_at, event_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, to_timestamp($18), to_timestamp($18))
ON CONFLICT (provider_call_id) DO NOTHING`;

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const headers = {
      "svix-id": String(request.headers["svix-id"]),
      "svix-timestamp": String(request.headers["svix-timestamp"]),
      "svix-signature": String(request.headers["svix-signature"]),
    };
    try {
      webhook.verify(body, headers);
    } catch {
      response.writeHead(401).end();
      return;
    }
    try {
      const c = JSON.parse(body);
      await pool.query(INSERT, [randomUUID(), c.providerCallId, c.numberFrom, c.numberTo, c.providerStatus, c.deliveryStatus, c.duration, c.summary,
        c.endedReason, c.callOutput, c.callOutputReasoning, c.sentimentOutput, c.sentimentOutputReasoning, c.transcription, c.recordingUrl,
        JSON.stringify(c.metadata), body, Number(headers["svix-timestamp"])]);
      response.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
    } catch {
      response.writeHead(503).end();
    }
  });
}).listen(Number(port), "127.0.0.1", () => console.log(`baseline receiver on ${port}`));
