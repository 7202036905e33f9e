import { buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow, ErrorSnippet, OpsStatusBadge, shortDateTime, StatusTabs, Th } from "~/components/admin/operations";
import { api } from "~/server/api";
import { stacked } from "~/components/stacked-table";

export const metadata: Metadata = { title: "Admin · Stripe webhooks" };

const STATUSES = ["RECEIVED", "PROCESSED", "IGNORED"] as const;
type Status = "FAILED" | (typeof STATUSES)[number];
type Search = { status?: string; type?: string; cursor?: string };

const input = "block w-full rounded-lg border border-line bg-white px-3 py-2 text-sm text-ink placeholder:text-muted focus:outline-2 focus:outline-accent";

function href(params: { status: string; type?: string; cursor?: string | null }) {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return `/admin/webhooks?${q.toString()}`;
}

export default async function AdminWebhooksPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const caller = await api();
  const type = sp.type?.trim().slice(0, 100) || undefined;
  const cursor = sp.cursor?.slice(0, 128) || undefined;
  const asked =
    sp.status === "all" || sp.status === "FAILED" || (STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as Status | "all") : undefined;
  let list = await caller.admin.webhook.list({ status: asked === "all" ? undefined : asked, type, cursor, limit: 50 });
  // with nothing chosen, open on what needs attention — if anything does
  let active: Status | "all" = asked ?? "all";
  if (!asked && (list.counts.FAILED ?? 0) > 0) {
    active = "FAILED";
    list = await caller.admin.webhook.list({ status: "FAILED", type, cursor, limit: 50 });
  }
  const { items, nextCursor, counts } = list;
  const total = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  const tabs = [
    { key: "FAILED", label: "Failed", count: counts.FAILED ?? 0, href: href({ status: "FAILED", type }) },
    { key: "all", label: "All", count: total, href: href({ status: "all", type }) },
    ...STATUSES.map((s) => ({ key: s, label: s.charAt(0) + s.slice(1).toLowerCase(), count: counts[s] ?? 0, href: href({ status: s, type }) })),
  ];

  return (
    <div className={containerClass("py-12")}>
      <AdminEyebrow />
      <h1 className="mt-2 text-4xl">Stripe webhooks</h1>
      <p className="mt-2 max-w-3xl text-ink-soft">
        Every verified event Stripe sent, stored once by its id and handed to the functions that act on it. An event is Failed when those functions used up
        their retries: fix the cause, then replay it from its page.
      </p>

      <StatusTabs tabs={tabs} active={active} />

      <form method="get" action="/admin/webhooks" className="mt-4 flex max-w-md items-end gap-2" aria-label="Filter by event type">
        <input type="hidden" name="status" value={active} />
        <label className="flex-1 space-y-1 text-sm">
          <span className="text-ink-soft">Type starts with</span>
          <input name="type" defaultValue={type} placeholder="account." className={input} />
        </label>
        <button type="submit" className={buttonClass("secondary", "py-2")}>
          Filter
        </button>
        {type ? (
          <Link href={href({ status: active })} className={buttonClass("ghost", "py-2")}>
            Clear
          </Link>
        ) : null}
      </form>

      {items.length === 0 ? (
        <div className="mt-6 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">
          {active === "FAILED" ? "No failed events — nothing needs attention." : type ? `No ${type}… events here.` : "No events here yet."}
        </div>
      ) : (
        <div className="relative mt-6 overflow-x-auto rounded-2xl border border-line bg-white/70">
          <table className={stacked.table} data-testid="webhook-events">
            <thead className={stacked.head}>
              <tr>
                <Th>Type</Th>
                <Th>Status</Th>
                <Th>Account</Th>
                <Th>Received</Th>
                <Th className="text-right">Deliveries</Th>
                <Th className="text-right">Attempts</Th>
                <Th>Last error</Th>
              </tr>
            </thead>
            <tbody className={stacked.body}>
              {items.map((e) => (
                <tr key={e.id} className={cn(stacked.row, "hover:bg-paper-deep/40")} data-testid="webhook-event">
                  <td className={cn(stacked.cell, stacked.wide, "min-w-0")}>
                    <Link href={`/admin/webhooks/${e.id}`} className="font-medium text-ink hover:underline">
                      {e.type}
                    </Link>
                    <div className="mt-0.5 truncate font-mono text-xs text-muted">{e.id}</div>
                  </td>
                  <td className={stacked.cell}>
                    <OpsStatusBadge status={e.status} />
                  </td>
                  <td className={cn(stacked.cell, "font-mono text-xs text-ink-soft")}>{e.account ?? <span className="font-sans text-muted">platform</span>}</td>
                  <td className={cn(stacked.cell, "whitespace-nowrap tabular-nums text-ink-soft")}>{shortDateTime(e.receivedAt)}</td>
                  <td className={cn(stacked.cell, "tabular-nums md:text-right")}>
                    <span className={stacked.label}>Deliveries</span>
                    {e.deliveries}
                  </td>
                  <td className={cn(stacked.cell, "tabular-nums md:text-right")}>
                    <span className={stacked.label}>Attempts</span>
                    {e.attempts}
                  </td>
                  <td className={cn(stacked.cell, e.lastError ? stacked.wide : "hidden md:table-cell")}>
                    <ErrorSnippet text={e.lastError} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor ? (
        <div className="mt-6 text-center">
          <Link href={href({ status: active, type, cursor: nextCursor })} className={buttonClass("secondary")}>
            Older events
          </Link>
        </div>
      ) : null}
    </div>
  );
}
