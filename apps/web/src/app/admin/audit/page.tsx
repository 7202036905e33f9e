import { buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { api } from "~/server/api";
import { formatDateTime } from "~/lib/dates";
import { stacked } from "~/components/stacked-table";

export const metadata: Metadata = { title: "Admin · Audit log" };

type Filters = { action?: string; actor?: string; target?: string; cursor?: string };

const input = "block w-full rounded-lg border border-line bg-white px-3 py-2 text-sm text-ink placeholder:text-muted focus:outline-2 focus:outline-accent";

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Filters> }) {
  const params = await searchParams;
  const clean = (s?: string) => (s && s.trim() ? s.trim().slice(0, 120) : undefined);
  const filters = { action: clean(params.action), actor: clean(params.actor), target: clean(params.target) };
  const { items, nextCursor } = await (await api()).admin.audit.list({ ...filters, cursor: clean(params.cursor), limit: 50 });
  const next = new URLSearchParams(Object.entries({ ...filters, cursor: nextCursor ?? undefined }).filter((e): e is [string, string] => !!e[1]));

  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Admin</p>
      <h1 className="mt-2 text-4xl">Audit log</h1>
      <p className="mt-2 text-ink-soft">Every admin and money action: who did what, to which record, and when. Newest first.</p>

      <form
        method="get"
        className="mt-8 grid gap-3 rounded-2xl border border-line bg-white/60 p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end"
        aria-label="Filter the audit log"
      >
        <label className="space-y-1 text-sm">
          <span className="text-ink-soft">Action starts with</span>
          <input name="action" defaultValue={filters.action} placeholder="artwork." className={input} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="text-ink-soft">Actor (email or id)</span>
          <input name="actor" defaultValue={filters.actor} placeholder="admin@" className={input} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="text-ink-soft">Target (id or type)</span>
          <input name="target" defaultValue={filters.target} placeholder="Artwork" className={input} />
        </label>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary", "py-2")}>
            Filter
          </button>
          <Link href="/admin/audit" className={buttonClass("ghost", "py-2")}>
            Clear
          </Link>
        </div>
      </form>

      <div className="mt-8 overflow-x-auto rounded-2xl border border-line bg-white/70">
        <table className={stacked.table}>
          <thead className={stacked.head}>
            <tr>
              <th className="px-4 py-3 font-medium">When</th>
              <th className="px-4 py-3 font-medium">Action</th>
              <th className="px-4 py-3 font-medium">Actor</th>
              <th className="px-4 py-3 font-medium">Target</th>
              <th className="px-4 py-3 font-medium">Details</th>
            </tr>
          </thead>
          <tbody className={stacked.body} data-testid="audit-rows">
            {items.length === 0 ? (
              <tr className="block md:table-row">
                <td colSpan={5} className="block px-4 py-12 text-center text-ink-soft md:table-cell">
                  No entries match these filters.
                </td>
              </tr>
            ) : (
              items.map((row) => (
                <tr key={row.id} className={stacked.row}>
                  <td className={cn(stacked.cell, stacked.wide, "whitespace-nowrap tabular-nums text-ink-soft")}>
                    <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                  </td>
                  <td className={stacked.cell}>
                    <code className="rounded bg-paper-deep px-1.5 py-0.5 font-mono text-xs">{row.action}</code>
                  </td>
                  <td className={stacked.cell}>
                    {row.actor ? <span title={row.actor.id}>{row.actor.email}</span> : <span className="text-muted">system</span>}
                  </td>
                  <td className={cn(stacked.cell, "min-w-0")}>
                    <span className="text-ink-soft">{row.targetType}</span>
                    {row.targetId ? (
                      <Link href={`/admin/audit?target=${encodeURIComponent(row.targetId)}`} className="block font-mono text-xs text-muted hover:text-ink">
                        {row.targetId}
                      </Link>
                    ) : null}
                  </td>
                  <td className={cn(stacked.cell, stacked.wide, "md:max-w-sm")}>
                    <Details data={row.data} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {nextCursor ? (
        <div className="mt-6 text-center">
          <Link href={`/admin/audit?${next.toString()}`} className={buttonClass("secondary")}>
            Older entries
          </Link>
        </div>
      ) : null}
    </div>
  );
}

function Details({ data }: { data: unknown }) {
  if (!data || typeof data !== "object" || Object.keys(data).length === 0) return <span className="text-muted">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {Object.entries(data as Record<string, unknown>).map(([k, v]) => (
        <div key={k} className="flex gap-2">
          <dt className="text-muted">{k}</dt>
          <dd className="break-words text-ink-soft">{typeof v === "string" ? v : JSON.stringify(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
