import { Badge, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { api } from "~/server/api";
import { formatDate } from "~/lib/dates";
import { stacked } from "~/components/stacked-table";

export const metadata: Metadata = { title: "Admin · Store applications" };

const STATUSES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const;
type Status = (typeof STATUSES)[number];
const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

export default async function AdminStoreApplicationsPage({ searchParams }: { searchParams: Promise<{ status?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const status: Status = STATUSES.includes(sp.status as Status) ? (sp.status as Status) : "PENDING";
  const { items, nextCursor } = await (await api()).admin.storeApplication.list({ status, cursor: sp.cursor, limit: 25 });

  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">Store applications</h1>
      <p className="mt-2 text-ink-soft">
        Oldest first. Approving grants the store-owner role and opens their store; both outcomes are mailed to the applicant.
      </p>
      <nav aria-label="Filter by status" className="mt-8 flex flex-wrap gap-2">
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/store-applications?status=${s}`}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-full border px-4 py-1.5 text-sm ${s === status ? "border-ink bg-ink text-paper" : "border-line bg-white/60 text-ink-soft hover:border-ink/40"}`}
          >
            {label(s)}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">
          No {label(status).toLowerCase()} store applications.
        </div>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-2xl border border-line bg-white/70">
          <table className={stacked.table} data-testid="store-applications-table">
            <thead className={stacked.head}>
              <tr>
                <th className="px-4 py-3 font-medium">Store</th>
                <th className="px-4 py-3 font-medium">Applicant</th>
                <th className="px-4 py-3 font-medium">Website</th>
                <th className="px-4 py-3 font-medium">Submitted</th>
                <th className="px-4 py-3 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className={stacked.body}>
              {items.map((a) => (
                <tr key={a.id} className={cn(stacked.row, "hover:bg-paper-deep/40")}>
                  <td className={cn(stacked.cell, stacked.wide)}>
                    <Link href={`/admin/store-applications/${a.id}`} className="font-display text-lg text-ink hover:underline">
                      {a.name}
                    </Link>
                  </td>
                  <td className={cn(stacked.cell, stacked.wide, "text-ink-soft")}>
                    {a.user.name}
                    <div className="text-xs text-muted">{a.user.email}</div>
                  </td>
                  <td className={cn(stacked.cell, "max-w-56 truncate text-ink-soft")}>{a.website ? new URL(a.website).host : "—"}</td>
                  <td className={cn(stacked.cell, "text-ink-soft")}>{formatDate(a.submittedAt)}</td>
                  <td className={stacked.cell}>
                    <Badge tone={a.status === "APPROVED" ? "ok" : a.status === "REJECTED" ? "warn" : a.status === "PENDING" ? "accent" : "neutral"}>
                      {label(a.status)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor ? (
        <Link href={`/admin/store-applications?status=${status}&cursor=${nextCursor}`} className="mt-6 inline-block text-sm text-ink-soft underline">
          Next page
        </Link>
      ) : null}
    </div>
  );
}
