import { ApiError } from "./errors";

/** A small JSON request body (forms of our own pages); anything else is a 400 with a reason. */
export async function readJsonBody(request: Request, maxBytes = 16 * 1024): Promise<unknown> {
  const text = await request.text();
  if (text.length > maxBytes) throw new ApiError(413, "payload_too_large", "The request body is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}
