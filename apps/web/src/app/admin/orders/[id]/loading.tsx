import { PageSkeleton } from "~/components/orders/empty-state";

export default function Loading() {
  return <PageSkeleton label="Loading…" />;
}
