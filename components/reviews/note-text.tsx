import { linkify } from "./linkify";

/** A note's text with its http(s) addresses as links; everything else stays plain text. */
export function NoteText({ body }: { body: string }) {
  return (
    <p className="text-sm whitespace-pre-wrap wrap-anywhere">
      {linkify(body).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer" className="text-accent underline underline-offset-2">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
