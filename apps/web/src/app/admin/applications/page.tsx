import type { Metadata } from "next";
import { ReviewQueue, queueStatus } from "~/components/admin/review/review-queue";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Applications" };

const STATUSES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN", "DRAFT"] as const;

export default async function AdminApplicationsPage({ searchParams }: { searchParams: Promise<{ status?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const status = queueStatus(STATUSES, sp.status);
  const { items, nextCursor } = await (await api()).admin.application.list({ status, cursor: sp.cursor, limit: 25 });
  return (
    <ReviewQueue
      basePath="/admin/applications"
      title="Artist applications"
      intro="Oldest first. Approving grants the artist role and creates their profile; both outcomes are mailed to the applicant."
      statuses={STATUSES}
      status={status}
      noun="applications"
      columns={{ name: "Artist", url: "Portfolio" }}
      testId="applications-table"
      items={items.map((a) => ({ ...a, name: a.displayName, url: a.portfolioUrl }))}
      nextCursor={nextCursor}
    />
  );
}
