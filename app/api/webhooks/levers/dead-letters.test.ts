// Correctly signed deliveries that are refused are kept whole (body and headers) as dead letters,
// and can be replayed through the same ingestion code once the cause is fixed, exactly once.
import { afterEach, describe, expect, it, vi } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { getDb, getPool } from "@/lib/db";
import { dismissDelivery, replayDelivery } from "@/lib/webhooks/levers/replay-delivery";
import { countCalls, findCall, lastDelivery, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";
process.env.WEBHOOK_MAX_BODY_BYTES = "4096";

afterEach(async () => {
  vi.restoreAllMocks();
  await getPool().query("DROP TRIGGER IF EXISTS simulated_bug ON calls; DROP FUNCTION IF EXISTS simulated_bug()");
});

/** A real failure inside the ingestion statement, as a bug in our SQL would be: a trigger that raises. */
async function breakIngestionFor(providerCallId: string) {
  await getPool().query(`CREATE FUNCTION simulated_bug() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.provider_call_id = '${providerCallId}' THEN RAISE EXCEPTION 'simulated bug'; END IF; RETURN NEW; END $$`);
  await getPool().query("CREATE TRIGGER simulated_bug BEFORE INSERT ON calls FOR EACH ROW EXECUTE FUNCTION simulated_bug()");
}

describe("dead letters", () => {
  it("keeps a refused signed delivery whole, with its headers, and replays it only once the cause is gone", async () => {
    const payload = callPayload({ providerCallId: "dead-letter-500" });
    const body = JSON.stringify(payload);
    await breakIngestionFor("dead-letter-500");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const request = webhookRequest({ body, headers: { "user-agent": "Svix-Webhooks/1.0" } });
    const response = await POST(request.clone());

    expect(response.status).toBe(500);
    const answer = await response.json();
    expect(answer.error).toMatchObject({ code: "internal_error", correlationId: expect.stringMatching(/^[\w-]{6,12}$/) });
    expect(answer.error.message).toContain(answer.error.correlationId);
    expect(logged.mock.calls.some((args) => String(args[0]).includes(answer.error.correlationId))).toBe(true);
    const letter = (await lastDelivery())!;
    expect(letter).toMatchObject({ statusCode: 500, deadLetter: "open", errorCode: "internal_error", correlationId: answer.error.correlationId, bodyBytes: Buffer.byteLength(body) });
    expect(Buffer.from(letter.body!).toString("utf8")).toBe(body);
    expect(letter.headers).toMatchObject({ "svix-id": request.headers.get("svix-id"), "svix-signature": request.headers.get("svix-signature"), "user-agent": "Svix-Webhooks/1.0" });

    // Still broken: the replay is refused and the letter stays open.
    expect(await replayDelivery(letter.id, "user_1")).toMatchObject({ status: "refused", httpStatus: 500, code: "internal_error" });
    expect((await getDb().webhookDelivery.findUnique({ where: { id: letter.id } }))?.deadLetter).toBe("open");

    await getPool().query("DROP TRIGGER simulated_bug ON calls");
    const before = await countCalls();
    const [first, second] = await Promise.all([replayDelivery(letter.id, "user_1"), replayDelivery(letter.id, "user_2")]);
    expect([first.status, second.status].sort()).toEqual(["replayed", "replayed"]);
    const again = await replayDelivery(letter.id, "user_3");
    expect(again).toMatchObject({ status: "already_replayed", result: "created" });
    expect(await countCalls()).toBe(before + 1);
    const call = (await findCall("dead-letter-500"))!;
    expect(call.rawBody).toBe(body);
    expect(call.endedAt.getTime()).toBe(Number(request.headers.get("svix-timestamp")) * 1000);
    expect(await getDb().webhookDelivery.findUnique({ where: { id: letter.id } })).toMatchObject({
      deadLetter: "replayed",
      replayedBy: expect.stringMatching(/^user_[12]$/),
      replayResult: "created",
      callId: call.id,
    });
  });

  it("replays a dead letter as a duplicate when Svix's retry already stored the call", async () => {
    const payload = callPayload();
    const body = JSON.stringify(payload);
    await breakIngestionFor(String(payload.providerCallId));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const request = webhookRequest({ body });
    expect((await POST(request.clone())).status).toBe(500);
    const letter = (await lastDelivery())!;
    await getPool().query("DROP TRIGGER simulated_bug ON calls");
    expect((await POST(request.clone())).status).toBe(200); // the sender's retry, same svix-id
    expect(await replayDelivery(letter.id, "user_1")).toMatchObject({ status: "replayed", result: "duplicate" });
    expect(await getDb().call.count({ where: { providerCallId: String(payload.providerCallId) } })).toBe(1);
  });

  it("keeps a refused payload open until dismissed, and never replays a dismissed one", async () => {
    const body = JSON.stringify({ providerCallId: 12 });
    expect((await POST(webhookRequest({ body }))).status).toBe(422);
    const letter = (await lastDelivery())!;
    expect(letter).toMatchObject({ deadLetter: "open", errorCode: "invalid_payload", reason: expect.stringContaining("providerCallId") });
    expect(await replayDelivery(letter.id, "user_1")).toMatchObject({ status: "refused", httpStatus: 422, code: "invalid_payload" });
    expect(await dismissDelivery(letter.id, "user_1")).toBe(true);
    expect(await dismissDelivery(letter.id, "user_2")).toBe(false);
    expect(await getDb().webhookDelivery.findUnique({ where: { id: letter.id } })).toMatchObject({ deadLetter: "dismissed", dismissedBy: "user_1" });
    expect(await replayDelivery(letter.id, "user_1")).toMatchObject({ status: "not_replayable" });
  });

  it("keeps the first WEBHOOK_MAX_BODY_BYTES of a correctly signed oversized delivery, and refuses to replay a cut body", async () => {
    const body = JSON.stringify(callPayload({ transcription: "AI: hello\n".repeat(500) }));
    expect(Buffer.byteLength(body)).toBeGreaterThan(4096);
    const response = await POST(webhookRequest({ body, headers: { "content-length": String(Buffer.byteLength(body)) } }));
    expect(response.status).toBe(413);
    const letter = (await lastDelivery())!;
    expect(letter).toMatchObject({ statusCode: 413, deadLetter: "open", errorCode: "payload_too_large", bodyBytes: Buffer.byteLength(body) });
    expect(Buffer.from(letter.body!).toString("utf8")).toBe(body.slice(0, 4096));
    expect(await replayDelivery(letter.id, "user_1")).toMatchObject({ status: "not_replayable", reason: expect.stringContaining("size limit") });
  });

  it("answers not_replayable for a row that is not a dead letter", async () => {
    const response = await POST(webhookRequest({ payload: callPayload() }));
    expect(response.status).toBe(200);
    const accepted = (await lastDelivery())!;
    expect(await replayDelivery(accepted.id, "user_1")).toMatchObject({ status: "not_replayable" });
    expect(await dismissDelivery(accepted.id, "user_1")).toBe(false);
  });
});
