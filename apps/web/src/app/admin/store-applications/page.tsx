import type { Metadata } from "next";
import { ReviewQueue, queueStatus } from "~/components/admin/review/review-queue";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Store applications" };

const STATUSES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const;

export default async function AdminStoreApplicationsPage({ searchParams }: { searchParams: Promise<{ status?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const status = queueStatus(STATUSES, sp.status);
  const { items, nextCursor } = await (await api()).admin.storeApplication.list({ status, cursor: sp.cursor, limit: 25 });
  return (
    <ReviewQueue
      basePath="/admin/store-applications"
      title="Store applications"
      intro="Oldest first. Approving grants the store-owner role and opens their store; both outcomes are mailed to the applicant."
      statuses={STATUSES}
      status={status}
      noun="store applications"
      columns={{ name: "Store", url: "Website" }}
      testId="store-applications-table"
      items={items.map((a) => ({ ...a, url: a.website }))}
      nextCursor={nextCursor}
    />
  );
}
