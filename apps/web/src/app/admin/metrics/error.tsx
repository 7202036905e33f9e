"use client";

import { LoadError } from "~/components/load-error";

export default function MetricsError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="the metrics" reset={reset} />;
}
