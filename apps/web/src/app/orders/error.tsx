"use client";

import { LoadError } from "~/components/load-error";

export default function OrdersError({ reset }: { error: Error; reset: () => void }) {
  return <LoadError what="your orders" reset={reset} />;
}
