"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { copyText } from "./copy-text";

/** A button that copies `text`; `what` names it in the toast ("the recording reference"). */
export function CopyButton({ text, label = "Copy", what = "it" }: { text: string; label?: string; what?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!(await copyText(text, what))) return;
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <Button onClick={copy} className="shrink-0">
      {copied ? <CheckIcon aria-hidden className="size-4" /> : <CopyIcon aria-hidden className="size-4" />}
      {label}
    </Button>
  );
}
