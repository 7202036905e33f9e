import { Badge, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { formatDateTime } from "~/lib/dates";
import { assistantInfo } from "~/server/ai";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Service status" };
export const dynamic = "force-dynamic";

/** `ok: null` is information rather than a live check (which assistant model is configured). */
type Check = { name: string; ok: boolean | null; detail: string; label: string };

async function databaseCheck(): Promise<{ check: Check; time: Date }> {
  try {
    const health = await (await api()).health();
    return {
      check: { name: "Database", ok: health.database.ok, label: "Operational", detail: `Answering in ${health.database.latencyMs} ms` },
      time: health.time,
    };
  } catch {
    // the reason stays in the server log; a visitor only needs to know it is down
    return {
      check: { name: "Database", ok: false, label: "Down", detail: "Not answering. Pages that show the catalogue or your account fail until it is back." },
      time: new Date(),
    };
  }
}

/** The footer's "Service status": the same check as the JSON health endpoint, for people. */
export default async function StatusPage() {
  const { check: db, time } = await databaseCheck();
  const assistant = assistantInfo();
  const checks: Check[] = [
    db,
    {
      name: "Patron assistant",
      ok: null,
      label: assistant.offline ? "Offline model" : "Hosted model",
      detail: assistant.offline ? "Answering with the offline assistant (no AI provider is configured)" : `Answering with ${assistant.providerLabel}`,
    },
  ];
  const allOk = checks.every((c) => c.ok !== false);

  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Service status</p>
        <h1 className="mt-2 text-4xl" data-testid="status-summary" data-ok={allOk}>
          {allOk ? "Atelier is up and running" : "Part of Atelier is down"}
        </h1>
        <p className="mt-2 text-ink-soft">Checked {formatDateTime(time, { seconds: true })}. Reload the page to check again.</p>

        <ul className="mt-8 divide-y divide-line rounded-2xl border border-line bg-white/70">
          {checks.map((c) => (
            <li key={c.name} className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 px-5 py-4" data-testid="status-check">
              <div className="min-w-0">
                <p className="font-medium text-ink">{c.name}</p>
                <p className="text-sm text-ink-soft">{c.detail}</p>
              </div>
              <Badge tone={c.ok === null ? "neutral" : c.ok ? "ok" : "accent"} className="shrink-0">
                {c.label}
              </Badge>
            </li>
          ))}
        </ul>

        <p className="mt-8 text-sm text-muted">
          For monitoring, <code className="rounded bg-paper-deep px-1.5 py-0.5 font-mono text-xs">GET /api/trpc/health</code> returns the database check as
          JSON.
        </p>
      </div>
    </div>
  );
}
