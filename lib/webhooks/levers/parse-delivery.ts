// A verified body -> a Levers event, or a 400 (not JSON) / 422 (not a call) naming each bad field.
import { ApiError } from "@/lib/http/errors";
import { parseLeversEvent, type ParsedLeversEvent } from "./payload";

export type HandledEvent = Exclude<ParsedLeversEvent, { kind: "invalid" }>;

export function parseDelivery(rawBody: string): HandledEvent {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, "invalid_json", `The body is not valid JSON: ${detail}`, { issues: [{ field: "(body)", message: detail }] });
  }
  const event = parseLeversEvent(body);
  if (event.kind === "invalid") {
    const fields = event.issues.map((issue) => `${issue.field} (${issue.message})`).join("; ");
    throw new ApiError(422, "invalid_payload", `The body is not a phone_call.ended payload: ${fields}.`, { issues: event.issues });
  }
  return event;
}
