"use client";

import { LoadError } from "~/components/load-error";

export default function EarningsError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="your earnings" reset={reset} />;
}
