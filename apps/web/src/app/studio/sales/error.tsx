"use client";

import { LoadError } from "~/components/load-error";

export default function SalesError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="your sales" reset={reset} />;
}
