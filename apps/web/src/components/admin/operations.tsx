import { Badge, cn } from "@atelier/ui";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime } from "~/lib/dates";

/** Shared pieces of the operations pages (Stripe webhooks, background jobs). */

/** With seconds: retries and locks are seconds apart. */
export const dateTime = (d: Date | null | undefined) => formatDateTime(d, { seconds: true });

/** Without seconds, for table cells. */
export const shortDateTime = (d: Date | null | undefined) => formatDateTime(d);

const TONE: Record<string, "neutral" | "accent" | "ok" | "warn"> = {
  FAILED: "accent",
  RECEIVED: "warn",
  QUEUED: "warn",
  RUNNING: "warn",
  PROCESSED: "ok",
  SUCCEEDED: "ok",
  IGNORED: "neutral",
};

const statusLabel = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

export function OpsStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONE[status] ?? "neutral"} data-status={status}>
      {statusLabel(status)}
    </Badge>
  );
}

interface StatusTab {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Status filters as pill links with counts; a Failed tab with anything in it stands out. */
export function StatusTabs({ tabs, active }: { tabs: StatusTab[]; active: string }) {
  return (
    <nav aria-label="Filter by status" className="mt-8 flex flex-wrap gap-2">
      {tabs.map((t) => {
        const current = t.key === active;
        const alarm = t.key === "FAILED" && t.count > 0;
        return (
          <Link
            key={t.key}
            href={t.href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "rounded-full border px-4 py-1.5 text-sm transition-colors",
              current
                ? alarm
                  ? "border-accent bg-accent text-white"
                  : "border-ink bg-ink text-paper"
                : alarm
                  ? "border-accent/40 bg-accent/5 text-accent-deep hover:border-accent"
                  : "border-line bg-white/60 text-ink-soft hover:border-ink/40",
            )}
          >
            {t.label}{" "}
            <span className={cn("ml-1 tabular-nums", current ? "opacity-75" : "text-muted", alarm && !current ? "text-accent-deep" : "")}>{t.count}</span>
          </Link>
        );
      })}
    </nav>
  );
}

export function Th({ children, className }: { children: ReactNode; className?: string }) {
  return <th className={cn("whitespace-nowrap px-4 py-3 font-medium", className)}>{children}</th>;
}

/** A truncated error; the whole text is in the title and on the detail page. */
export function ErrorSnippet({ text }: { text: string | null }) {
  if (!text) return <span className="text-muted">—</span>;
  return (
    <span className="line-clamp-2 min-w-48 max-w-xs break-words font-mono text-xs text-accent-deep" title={text}>
      {text}
    </span>
  );
}

/** The full last error of a webhook event or job run, under its card's details. */
export function LastError({ text, testId }: { text: string | null; testId: string }) {
  if (!text) return null;
  return (
    <div className="mt-6">
      <p className="text-xs font-semibold uppercase tracking-widest text-muted">Last error</p>
      <pre className="mt-1.5 whitespace-pre-wrap break-words rounded-xl bg-accent/5 p-3 font-mono text-xs text-accent-deep" data-testid={testId}>
        {text}
      </pre>
    </div>
  );
}

export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <pre
      aria-label={label}
      className="max-h-[32rem] overflow-auto rounded-xl border border-line bg-paper-deep/50 p-4 font-mono text-xs leading-relaxed text-ink"
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function Meta({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
      {items.map(([k, v]) => (
        <div key={k} className="min-w-0">
          <dt className="text-xs font-semibold uppercase tracking-widest text-muted">{k}</dt>
          <dd className="mt-1 break-words text-ink">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AdminEyebrow() {
  return (
    <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">
      <Link href="/admin" className="hover:underline">
        Admin
      </Link>
    </p>
  );
}
