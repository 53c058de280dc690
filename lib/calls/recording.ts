// Where a call's recording can be played from. Levers sends a bucket reference (`bucket:key`), not
// a URL; RECORDING_URL_TEMPLATE (e.g. https://storage.example.com/{bucket}/{key}) turns it into one.
// The demo calls' references (`demo-recordings:<name>`) play from this dashboard (demo-recordings.ts).
import { DEMO_RECORDING_BUCKET, isDemoRecordingName } from "./demo-recordings";

export type Recording =
  | { kind: "playable"; src: string; demo?: true }
  | { kind: "reference"; reference: string }
  | { kind: "none" };

const HTTP_URL = /^https?:\/\//i;
const BUCKET_REFERENCE = /^([a-z0-9][a-z0-9.\-_]{1,254}):(?!\/\/)(.+)$/i;

export function resolveRecording(recordingUrl: string | null | undefined, template: string | undefined): Recording {
  const value = recordingUrl?.trim();
  if (!value) return { kind: "none" };
  if (HTTP_URL.test(value)) {
    try {
      return { kind: "playable", src: new URL(value).toString() };
    } catch {
      return { kind: "reference", reference: value };
    }
  }
  const match = BUCKET_REFERENCE.exec(value);
  const [, bucket = "", key = ""] = match ?? [];
  if (bucket === DEMO_RECORDING_BUCKET && isDemoRecordingName(key)) return { kind: "playable", src: `/api/demo-recordings/${key}`, demo: true };
  if (!match || !template) return { kind: "reference", reference: value };
  // Keys keep their slashes (folders) but every segment is URL-encoded.
  const encodedKey = key.split("/").map(encodeURIComponent).join("/");
  return { kind: "playable", src: template.replaceAll("{bucket}", encodeURIComponent(bucket)).replaceAll("{key}", encodedKey) };
}
