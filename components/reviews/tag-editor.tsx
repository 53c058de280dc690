"use client";
// The call's tags as chips (each with a remove button) and "Add tag": a popover with completion
// from the tags in use; typed text that is not one of them is added as a new tag (stored as its
// slug). t in review mode opens it.
import { PlusIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { addTagAction, removeTagAction } from "@/app/calls/[id]/review-actions";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { buttonClass } from "@/components/ui/button";
import type { TagInUse } from "@/lib/reviews/tags";
import { normalizeTag } from "@/lib/reviews/tag";
import { useReview } from "./review-context";

export function TagEditor({ tags, inUse }: { tags: string[]; inUse: TagInUse[] }) {
  const { callId, plain, busy, openForm, setOpenForm } = useReview();
  const [query, setQuery] = useState("");
  const open = openForm === "tag";
  const typed = normalizeTag(query);
  // Filtered here, not by cmdk's fuzzy score: "Create" stays first and the matches are plain prefixes/infixes.
  const choices = inUse.filter((t) => !tags.includes(t.tag) && (!typed || t.tag.includes(typed)));

  const add = async (tag: string) => {
    setOpenForm(null);
    setQuery("");
    await plain(() => addTagAction({ callId, tag }), `Tagged ${normalizeTag(tag) ?? tag}.`);
  };
  const remove = (tag: string) => plain(() => removeTagAction({ callId, tag }), `Removed tag ${tag}.`);

  return (
    <div className="space-y-2">
      <h3 className="text-xs font-medium text-muted">Tags</h3>
      <ul className="flex flex-wrap items-center gap-1.5" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="inline-flex items-center gap-1 rounded-full border border-border bg-background py-0.5 pr-1 pl-2 text-xs font-medium">
            {tag}
            <button type="button" disabled={busy} onClick={() => void remove(tag)} aria-label={`Remove tag ${tag}`} className="rounded-full p-0.5 text-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent">
              <XIcon aria-hidden className="size-3" />
            </button>
          </li>
        ))}
        <li>
          <Popover open={open} onOpenChange={(next) => setOpenForm(next ? "tag" : null)}>
            <PopoverTrigger className={buttonClass("secondary", "h-7 px-2 text-xs")} disabled={busy} aria-keyshortcuts="t">
              <PlusIcon aria-hidden className="size-3.5" />
              Add tag
            </PopoverTrigger>
            <PopoverContent className="w-64 p-0" aria-label="Add a tag">
              <Command shouldFilter={false} label="Tag">
                <CommandInput placeholder="Find or create a tag…" aria-label="Tag" value={query} onValueChange={setQuery} maxLength={96} />
                <CommandList>
                  <CommandEmpty>{typed ? "Already tagged." : "Type a tag."}</CommandEmpty>
                  {typed && !tags.includes(typed) && !choices.some((t) => t.tag === typed) && (
                    <CommandGroup>
                      <CommandItem value={`create ${typed}`} onSelect={() => void add(query)}>
                        <PlusIcon aria-hidden /> Create &ldquo;{typed}&rdquo;
                      </CommandItem>
                    </CommandGroup>
                  )}
                  {choices.length > 0 && (
                    <CommandGroup heading="In use">
                      {choices.map((t) => (
                        <CommandItem key={t.tag} value={t.tag} onSelect={() => void add(t.tag)}>
                          <span className="flex-1 truncate">{t.tag}</span>
                          <span className="text-xs text-muted tabular-nums">{t.calls}</span>
                        </CommandItem>
                      ))}
                    </CommandGroup>
                  )}
                </CommandList>
              </Command>
            </PopoverContent>
          </Popover>
        </li>
      </ul>
    </div>
  );
}
