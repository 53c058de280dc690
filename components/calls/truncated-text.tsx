import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

/**
 * A long id or reference on one line, cut with an ellipsis where it does not fit; the whole value
 * shows in a tooltip on hover and on keyboard focus (it is a tab stop for that reason).
 */
export function TruncatedText({ text, className }: { text: string; className?: string }) {
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <code tabIndex={0} className={cn("block min-w-0 truncate rounded-sm focus-visible:outline-2 focus-visible:outline-accent", className)}>
          {text}
        </code>
      </TooltipTrigger>
      <TooltipContent className="max-w-sm font-mono wrap-anywhere">{text}</TooltipContent>
    </Tooltip>
  );
}
