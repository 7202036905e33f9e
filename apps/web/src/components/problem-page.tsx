import { containerClass } from "@atelier/ui";
import type { ReactNode } from "react";

/** The frame of the not-found and error pages: a code, a plain sentence, and what to do next. */
export function ProblemPage({ code, title, children, actions }: { code: string; title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <div className={containerClass("py-20 sm:py-28")}>
      <div className="max-w-2xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">{code}</p>
        <h1 className="mt-3 text-4xl leading-tight sm:text-5xl">{title}</h1>
        <div className="mt-5 space-y-3 text-lg text-ink-soft">{children}</div>
        <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
      </div>
    </div>
  );
}
