// A verified body -> a Levers event, or a 422 (nested too deep), 400 (not JSON) or 422 (not a call,
// naming each bad field). The depth is checked on the text before anything recurses; every string
// and key is made storable before the payload is read, so all fields are cleaned the same way
// (skipped when the text cannot hold anything to clean: most bodies).
import { ApiError } from "@/lib/http/errors";
import { withoutBom } from "./decode-body";
import { MAX_NESTING_DEPTH, nestsDeeperThan } from "./json-depth";
import { parseLeversEvent, type ParsedLeversEvent } from "./payload";
import { mayHoldUnstorable, toStorable } from "./storable-text";

export type HandledEvent = Exclude<ParsedLeversEvent, { kind: "invalid" }>;

export function parseDelivery(rawBody: string): HandledEvent {
  const text = withoutBom(rawBody);
  if (nestsDeeperThan(text, MAX_NESTING_DEPTH)) {
    throw new ApiError(422, "nesting_too_deep", `The body nests objects or arrays deeper than ${MAX_NESTING_DEPTH} levels, which this endpoint does not accept.`, {
      issues: [{ field: "(body)", message: `nested deeper than ${MAX_NESTING_DEPTH} levels` }],
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, "invalid_json", `The body is not valid JSON: ${detail}`, { issues: [{ field: "(body)", message: detail }] });
  }
  const event = parseLeversEvent(mayHoldUnstorable(text) ? toStorable(body) : body);
  if (event.kind === "invalid") {
    const fields = event.issues.map((issue) => `${issue.field} (${issue.message})`).join("; ");
    throw new ApiError(422, "invalid_payload", `The body is not a phone_call.ended payload: ${fields}.`, { issues: event.issues });
  }
  return event;
}
