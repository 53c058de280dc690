import type { Recording } from "@/lib/calls/recording";
import { CopyButton } from "./copy-button";
import { TruncatedText } from "./truncated-text";

export function RecordingPlayer({ recording }: { recording: Recording }) {
  if (recording.kind === "none") return <p className="text-sm text-muted">No recording was reported for this call.</p>;
  if (recording.kind === "playable") {
    return (
      <div className="space-y-1">
        <audio controls preload={recording.demo ? "metadata" : "none"} src={recording.src} className="w-full" aria-label="Call recording">
          <a href={recording.src}>Download the recording</a>
        </audio>
        {recording.demo ? (
          <p className="text-xs text-muted">A demo recording, made by this dashboard: speech-like sounds, not this call&apos;s voices.</p>
        ) : (
          <p className="text-xs text-muted">
            <a href={recording.src} className="underline underline-offset-2">Open the recording</a> (if it does not play, the storage may need you to be signed in).
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex min-w-0 items-center gap-2">
        <TruncatedText text={recording.reference} className="flex-1 border border-border bg-background px-2 py-1.5 text-xs" />
        <CopyButton text={recording.reference} label="Copy reference" what="the recording reference" />
      </div>
      <p className="text-xs text-muted">
        Levers stores recordings as <code>bucket:key</code>. Set <code>RECORDING_URL_TEMPLATE</code> (for example{" "}
        <code className="wrap-anywhere">https://storage.example.com/{"{bucket}"}/{"{key}"}</code>) to play them here.
      </p>
    </div>
  );
}
