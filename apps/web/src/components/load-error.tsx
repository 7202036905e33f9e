"use client";

import { Button, containerClass } from "@atelier/ui";

/** A section's error screen (its error.tsx): what could not be loaded, and a retry. */
export function LoadError({ what, reset }: { what: string; reset: () => void }) {
  return (
    <div className={containerClass("py-16 text-center")} role="alert">
      <h1 className="text-3xl">We couldn&apos;t load {what}</h1>
      <p className="mt-3 text-ink-soft">Something went wrong on our side. Please try again.</p>
      <Button type="button" className="mt-6" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
