"use client";

import { Button, containerClass } from "@atelier/ui";

/** Shown when the orders could not be loaded (the API is down, a bad page link). */
export default function MetricsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className={containerClass("py-16 text-center")} role="alert">
      <h1 className="text-3xl">We couldn&apos;t load the metrics</h1>
      <p className="mt-3 text-ink-soft">Something went wrong on our side. Please try again.</p>
      <Button type="button" className="mt-6" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
