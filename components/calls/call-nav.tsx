import { ArrowLeftIcon, ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/** A step through the list: its link (null at an end of the list) and the word for its direction ("Newer"). */
export type Step = { href: string | null; word: string };
type Props = { listHref: string; previous: Step; next: Step; position?: ReactNode };

function StepLink({ step, rel }: { step: Step; rel: "prev" | "next" }) {
  const icon = rel === "prev" ? <ChevronLeftIcon aria-hidden className="size-4" /> : <ChevronRightIcon aria-hidden className="size-4" />;
  const content = (
    <>
      {rel === "prev" && icon}
      {step.word}
      <span className="sr-only"> call</span>
      {rel === "next" && icon}
    </>
  );
  if (!step.href) return <span aria-disabled className={buttonClass("secondary", "pointer-events-none opacity-50")}>{content}</span>;
  return <Link href={step.href} className={buttonClass("secondary", rel === "prev" ? "pl-2" : "pr-2")} rel={rel}>{content}</Link>;
}

/**
 * Back to the list, and through it in its order, keeping its filters: "previous" is up the list and
 * "next" down it, each named for the way it goes in that order (Newer/Older, Longer/Shorter).
 */
export function CallNav({ listHref, previous, next, position }: Props) {
  return (
    <nav aria-label="Calls in this list" className="flex flex-wrap items-center justify-between gap-2">
      <Link href={listHref} className={buttonClass("ghost", "-ml-3")}>
        <ArrowLeftIcon aria-hidden className="size-4" />
        Back to the list
      </Link>
      <div className="ml-auto flex items-center gap-2">
        <StepLink step={previous} rel="prev" />
        {position}
        <StepLink step={next} rel="next" />
      </div>
    </nav>
  );
}
