import { Alert, buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow, ErrorSnippet, OpsStatusBadge, shortDateTime, StatusTabs, Th } from "~/components/admin/operations";
import { ReplayButton, ReplayResults } from "~/components/admin/replay";
import { api } from "~/server/api";
import { jobs } from "~/server/jobs";
import { stacked } from "~/components/stacked-table";

export const metadata: Metadata = { title: "Admin · Background jobs" };

const STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED"] as const;
type Status = "FAILED" | (typeof STATUSES)[number];
type Search = { status?: string; functionId?: string; cursor?: string };

function href(params: { status: string; functionId?: string; cursor?: string | null }) {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return `/admin/jobs?${q.toString()}`;
}

export default async function AdminJobsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const caller = await api();
  const functionId = sp.functionId?.trim().slice(0, 100) || undefined;
  const cursor = sp.cursor?.slice(0, 128) || undefined;
  const asked =
    sp.status === "all" || sp.status === "FAILED" || (STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as Status | "all") : undefined;
  let list = await caller.admin.job.list({ status: asked === "all" ? undefined : asked, functionId, cursor, limit: 50 });
  let active: Status | "all" = asked ?? "all";
  if (!asked && (list.counts.FAILED ?? 0) > 0) {
    active = "FAILED";
    list = await caller.admin.job.list({ status: "FAILED", functionId, cursor, limit: 50 });
  }
  const { items, nextCursor, counts } = list;
  const total = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  const tabs = [
    { key: "FAILED", label: "Failed", count: counts.FAILED ?? 0, href: href({ status: "FAILED", functionId }) },
    { key: "all", label: "All", count: total, href: href({ status: "all", functionId }) },
    ...STATUSES.map((s) => ({ key: s, label: s.charAt(0) + s.slice(1).toLowerCase(), count: counts[s] ?? 0, href: href({ status: s, functionId }) })),
  ];
  const inngest = jobs().mode === "inngest";

  return (
    <div className={containerClass("py-12")}>
      <AdminEyebrow />
      <h1 className="mt-2 text-4xl">Background jobs</h1>
      <p className="mt-2 max-w-3xl text-ink-soft">
        Durable functions — mails, Stripe account and payout syncs — each retried with backoff. A run is Failed once its attempts are used up; replay it after
        fixing the cause. Finished steps are remembered, so a replay carries on where it stopped.
      </p>
      <Alert tone="info" className="mt-6">
        {inngest ? (
          <>
            <span className="font-medium text-ink">An Inngest server is configured</span>, so new runs, their retries and replays live in Inngest&apos;s
            dashboard. This list only holds runs from when this app ran functions itself.
          </>
        ) : (
          <>
            <span className="font-medium text-ink">Functions run inside this app</span> because no Inngest server is configured. With one configured
            (INNGEST_EVENT_KEY, INNGEST_DEV or INNGEST_BASE_URL), runs live in Inngest&apos;s dashboard instead of here.
          </>
        )}
      </Alert>

      <StatusTabs tabs={tabs} active={active} />
      {functionId ? (
        <p className="mt-4 text-sm text-ink-soft">
          Only <code className="rounded bg-paper-deep px-1.5 py-0.5 font-mono text-xs text-ink">{functionId}</code> ·{" "}
          <Link href={href({ status: active })} className="underline underline-offset-4 hover:text-ink">
            all functions
          </Link>
        </p>
      ) : null}

      <ReplayResults>
        {items.length === 0 ? (
          <div className="mt-6 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">
            {active === "FAILED" ? "No failed runs — nothing needs attention." : "No runs here."}
          </div>
        ) : (
          <div className="relative mt-6 overflow-x-auto rounded-2xl border border-line bg-white/70">
            <table className={stacked.table} data-testid="job-runs">
              <thead className={stacked.head}>
                <tr>
                  <Th>Function</Th>
                  <Th>Event</Th>
                  <Th>Status</Th>
                  <Th className="text-right">Attempts</Th>
                  <Th>Next run</Th>
                  <Th>Last error</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </tr>
              </thead>
              <tbody className={stacked.body}>
                {items.map((r) => (
                  <tr key={r.id} className={cn(stacked.row, "hover:bg-paper-deep/40")} data-testid="job-run">
                    <td className={cn(stacked.cell, stacked.wide, "whitespace-nowrap")}>
                      <Link href={`/admin/jobs/${r.id}`} className="font-medium text-ink hover:underline">
                        {r.functionId}
                      </Link>
                      {functionId ? null : (
                        <div className="mt-0.5 text-xs text-muted">
                          <Link href={href({ status: active, functionId: r.functionId })} className="hover:text-ink">
                            only this function
                          </Link>
                        </div>
                      )}
                    </td>
                    <td className={cn(stacked.cell, stacked.wide, "min-w-0 md:max-w-56")}>
                      <div className="truncate text-ink-soft" title={r.eventName}>
                        {r.eventName}
                      </div>
                      <div className="mt-0.5 truncate font-mono text-xs text-muted" title={r.eventId}>
                        {r.eventId}
                      </div>
                    </td>
                    <td className={stacked.cell}>
                      <OpsStatusBadge status={r.status} />
                    </td>
                    <td className={cn(stacked.cell, "tabular-nums md:text-right")}>
                      <span className={stacked.label}>Attempts</span>
                      {r.attempts}/{r.maxAttempts}
                    </td>
                    <td className={cn(stacked.cell, "whitespace-nowrap tabular-nums text-ink-soft")}>
                      {r.status === "QUEUED" ? (
                        shortDateTime(r.runAt)
                      ) : r.finishedAt ? (
                        <span className="text-muted">
                          {r.status === "FAILED" ? "gave up" : "done"}
                          <span className="block text-xs">{shortDateTime(r.finishedAt)}</span>
                        </span>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className={cn(stacked.cell, r.lastError ? stacked.wide : "hidden md:table-cell")}>
                      <ErrorSnippet text={r.lastError} />
                    </td>
                    <td className={cn(stacked.cell, "whitespace-nowrap md:text-right", r.status === "FAILED" ? "" : "hidden md:table-cell")}>
                      {r.status === "FAILED" ? <ReplayButton kind="job" id={r.id} compact /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ReplayResults>
      {nextCursor ? (
        <div className="mt-6 text-center">
          <Link href={href({ status: active, functionId, cursor: nextCursor })} className={buttonClass("secondary")}>
            Older runs
          </Link>
        </div>
      ) : null}
    </div>
  );
}
