"use client";
// The bulk bar's two pickers: "Assign to…" (me, an active user, or nobody) and "Tag…" (a tag in use
// or a new one typed in).
import { ChevronDownIcon, TagIcon, UserIcon } from "lucide-react";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { ASSIGNEE_ME } from "@/lib/calls/filters";
import { normalizeTag } from "@/lib/reviews/tag";

type User = { id: string; name: string };

export function AssignPicker({ users, meId, disabled, onAssign }: { users: User[]; meId: string; disabled: boolean; onAssign: (id: string | null, name: string) => void }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger disabled={disabled} className={buttonClass("secondary")}>
        <UserIcon aria-hidden className="size-4" />
        Assign to…
        <ChevronDownIcon aria-hidden className="size-4 text-muted" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-80 overflow-y-auto">
        <DropdownMenuItem onSelect={() => onAssign(ASSIGNEE_ME, "you")}>Me</DropdownMenuItem>
        {users.filter((user) => user.id !== meId).map((user) => (
          <DropdownMenuItem key={user.id} onSelect={() => onAssign(user.id, user.name)}>{user.name}</DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => onAssign(null, "nobody")}>Nobody (unassign)</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

export function TagPicker({ tags, disabled, onTag }: { tags: string[]; disabled: boolean; onTag: (tag: string) => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const slug = normalizeTag(typed);
  const choose = (tag: string) => {
    setOpen(false);
    setTyped("");
    onTag(tag);
  };
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger disabled={disabled} className={buttonClass("secondary")}>
        <TagIcon aria-hidden className="size-4" />
        Tag…
      </PopoverTrigger>
      <PopoverContent className="w-64 p-0" aria-label="Tag the calls">
        <Command>
          <CommandInput placeholder="Tag, e.g. hardship" value={typed} onValueChange={setTyped} />
          <CommandList>
            <CommandEmpty>Type a tag.</CommandEmpty>
            {slug && !tags.includes(slug) && (
              <CommandGroup heading="New tag">
                <CommandItem value={`new:${slug}`} onSelect={() => choose(slug)}>Add “{slug}”</CommandItem>
              </CommandGroup>
            )}
            {tags.length > 0 && (
              <CommandGroup heading="Tags in use">
                {tags.map((tag) => <CommandItem key={tag} value={tag} onSelect={() => choose(tag)}>{tag}</CommandItem>)}
              </CommandGroup>
            )}
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}
