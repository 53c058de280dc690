"use client";

import { CopyIcon, EllipsisIcon, FileJsonIcon, FileTextIcon, LinkIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { copyText } from "./copy-text";

type Props = { callId: string; providerCallId: string; canReadRaw: boolean };

/** The call's secondary actions: copying its ids and link, opening the transcript and payload as files. */
export function CallActions({ callId, providerCallId, canReadRaw }: Props) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="-mr-2 -mt-1 px-2" aria-label="More actions for this call">
          <EllipsisIcon aria-hidden className="size-5" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-64">
        <DropdownMenuItem onSelect={() => void copyText(`${window.location.origin}/calls/${callId}`, "the link to this call")}>
          <LinkIcon aria-hidden /> Copy link to this call
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void copyText(callId, "the call id")}>
          <CopyIcon aria-hidden /> Copy call id
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void copyText(providerCallId, "the Levers call id")}>
          <CopyIcon aria-hidden /> Copy Levers call id
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <a href={`/calls/${callId}/transcript`} target="_blank" rel="noopener">
            <FileTextIcon aria-hidden /> Transcript as text
          </a>
        </DropdownMenuItem>
        {canReadRaw && (
          <DropdownMenuItem asChild>
            <a href={`/api/calls/${callId}/raw`} target="_blank" rel="noopener">
              <FileJsonIcon aria-hidden /> Raw payload as received
            </a>
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
