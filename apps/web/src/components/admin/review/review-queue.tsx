import { Badge, cn, containerClass } from "@atelier/ui";
import Link from "next/link";
import { formatDate } from "~/lib/dates";
import { stacked } from "~/components/stacked-table";

export const statusLabel = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

/** Picks the status asked for in the address, or PENDING. */
export function queueStatus<S extends string>(statuses: readonly S[], asked: string | undefined): S {
  return statuses.includes(asked as S) ? (asked as S) : ("PENDING" as S);
}

export interface QueueRow {
  id: string;
  name: string;
  status: string;
  /** the applicant's link (portfolio, website), shown by its host */
  url: string | null;
  submittedAt: Date | null;
  user: { name: string; email: string };
}

/** An admin's queue of applications: status filter, one row each linking to its review, cursor pages. */
export function ReviewQueue(props: {
  basePath: string;
  title: string;
  intro: React.ReactNode;
  statuses: readonly string[];
  status: string;
  /** "applications", "store applications" */
  noun: string;
  columns: { name: string; url: string };
  testId: string;
  items: QueueRow[];
  nextCursor: string | null;
}) {
  const { basePath, status } = props;
  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">{props.title}</h1>
      <p className="mt-2 text-ink-soft">{props.intro}</p>
      <nav aria-label="Filter by status" className="mt-8 flex flex-wrap gap-2">
        {props.statuses.map((s) => (
          <Link
            key={s}
            href={`${basePath}?status=${s}`}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-full border px-4 py-1.5 text-sm ${s === status ? "border-ink bg-ink text-paper" : "border-line bg-white/60 text-ink-soft hover:border-ink/40"}`}
          >
            {statusLabel(s)}
          </Link>
        ))}
      </nav>
      {props.items.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">
          No {statusLabel(status).toLowerCase()} {props.noun}.
        </div>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-2xl border border-line bg-white/70">
          <table className={stacked.table} data-testid={props.testId}>
            <thead className={stacked.head}>
              <tr>
                <th className="px-4 py-3 font-medium">{props.columns.name}</th>
                <th className="px-4 py-3 font-medium">Applicant</th>
                <th className="px-4 py-3 font-medium">{props.columns.url}</th>
                <th className="px-4 py-3 font-medium">Submitted</th>
                <th className="px-4 py-3 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className={stacked.body}>
              {props.items.map((a) => (
                <tr key={a.id} className={cn(stacked.row, "hover:bg-paper-deep/40")}>
                  <td className={cn(stacked.cell, stacked.wide)}>
                    <Link href={`${basePath}/${a.id}`} className="font-display text-lg text-ink hover:underline">
                      {a.name}
                    </Link>
                  </td>
                  <td className={cn(stacked.cell, stacked.wide, "text-ink-soft")}>
                    {a.user.name}
                    <div className="text-xs text-muted">{a.user.email}</div>
                  </td>
                  <td className={cn(stacked.cell, "max-w-56 truncate text-ink-soft")}>{a.url ? new URL(a.url).host : "—"}</td>
                  <td className={cn(stacked.cell, "text-ink-soft")}>{formatDate(a.submittedAt)}</td>
                  <td className={stacked.cell}>
                    <Badge tone={a.status === "APPROVED" ? "ok" : a.status === "REJECTED" ? "warn" : a.status === "PENDING" ? "accent" : "neutral"}>
                      {statusLabel(a.status)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.nextCursor ? (
        <Link href={`${basePath}?status=${status}&cursor=${props.nextCursor}`} className="mt-6 inline-block text-sm text-ink-soft underline">
          Next page
        </Link>
      ) : null}
    </div>
  );
}
