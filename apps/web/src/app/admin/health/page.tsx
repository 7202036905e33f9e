import { DIGEST_GATHER_MS } from "@atelier/core/saved-searches/digest";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow, ErrorSnippet, shortDateTime, Th } from "~/components/admin/operations";
import { SendDueDigestsButton } from "~/components/admin/send-digests-button";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Health" };

const DIGEST_GATHER_MINUTES = DIGEST_GATHER_MS / 60_000;

function age(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

function Stat({ label, value, hint, testId, warn }: { label: string; value: string | number; hint?: string; testId: string; warn?: boolean }) {
  return (
    <div className="rounded-2xl border border-line bg-white/70 p-5" data-testid={testId}>
      <p className="text-xs uppercase tracking-wider text-muted">{label}</p>
      <p className={`mt-1 text-3xl tabular-nums ${warn ? "text-accent" : "text-ink"}`}>{value}</p>
      {hint ? <p className="mt-1 text-xs text-ink-soft">{hint}</p> : null}
    </div>
  );
}

export default async function AdminHealthPage() {
  const caller = await api();
  const [health, alerts] = await Promise.all([caller.admin.health(), caller.admin.savedSearch.status()]);
  const { queue, parked, failedJobs, failedWebhooks, slowestProcedures, operationalErrors } = health;

  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <AdminEyebrow />
      <h1 className="mt-2 text-4xl">Health</h1>
      <p className="mt-2 max-w-3xl text-ink-soft">Is background work keeping up, what failed in the last 24 hours, and what the team must look at.</p>

      <div className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat testId="health-queue" label="Job queue" value={queue.queued} hint={`${queue.due} due now · ${queue.running} running`} />
        <Stat testId="health-oldest-due" label="Oldest due run waiting" value={age(queue.oldestDueAgeSeconds)} warn={(queue.oldestDueAgeSeconds ?? 0) > 300} />
        <Stat
          testId="health-parked"
          label="Waiting for a retry"
          value={parked.waitingForRetry}
          hint={parked.nextRetryAt ? `next at ${shortDateTime(parked.nextRetryAt)}` : undefined}
        />
        <Stat
          testId="health-failed"
          label="Failed in 24 h"
          value={failedJobs.last24h + failedWebhooks.last24h}
          hint={`${failedJobs.last24h} jobs · ${failedWebhooks.last24h} webhooks`}
          warn={failedJobs.last24h + failedWebhooks.last24h > 0}
        />
      </div>

      <section className="mt-10">
        <h2 className="text-2xl">Operational errors</h2>
        <p className="mt-1 text-sm text-ink-soft">
          Failures of outside services the team must look at (AI provider outages, refused keys, quotas), counted per kind over the last 7 days.
        </p>
        {operationalErrors.length === 0 ? (
          <div className="mt-4 rounded-2xl border border-dashed border-line px-6 py-10 text-center text-ink-soft">Nothing recorded.</div>
        ) : (
          <div className="mt-4 overflow-x-auto rounded-2xl border border-line bg-white/70">
            <table className="w-full text-left text-sm" data-testid="operational-errors">
              <thead className="border-b border-line text-xs uppercase tracking-wider text-muted">
                <tr>
                  <Th>Source</Th>
                  <Th>Latest message</Th>
                  <Th className="text-right">Count</Th>
                  <Th>First seen</Th>
                  <Th>Last seen</Th>
                </tr>
              </thead>
              <tbody>
                {operationalErrors.map((e) => (
                  <tr key={e.id} className="border-b border-line/60 align-top last:border-0" data-testid="operational-error">
                    <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">{e.source}</td>
                    <td className="px-4 py-3">
                      <ErrorSnippet text={e.message} />
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{e.count}</td>
                    <td className="whitespace-nowrap px-4 py-3 tabular-nums text-ink-soft">{shortDateTime(e.firstSeenAt)}</td>
                    <td className="whitespace-nowrap px-4 py-3 tabular-nums text-ink-soft">{shortDateTime(e.lastSeenAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="mt-10" aria-labelledby="saved-search-alerts">
        <h2 id="saved-search-alerts" className="text-2xl">
          Saved-search alerts
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">
          New works are matched against saved searches when they are published; each collector&apos;s digest waits {DIGEST_GATHER_MINUTES} minutes to gather a
          burst of works, and goes at most once a day. Sending now skips the wait, never the daily limit.
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat testId="alerts-searches" label="Saved searches" value={alerts.searches} hint={`${alerts.alerting} with daily alerts`} />
          <Stat testId="alerts-pending" label="Matches waiting" value={alerts.pendingMatches} hint={`for ${alerts.waitingCollectors} collectors`} />
          <Stat
            testId="alerts-last"
            label="Last digest"
            value={alerts.lastDigestAt ? formatDate(alerts.lastDigestAt) : "—"}
            hint={alerts.lastDigestAt ? shortDateTime(alerts.lastDigestAt) : "none sent yet"}
          />
          <div className="flex items-center">
            <SendDueDigestsButton />
          </div>
        </div>
      </section>

      <section className="mt-10 grid gap-8 lg:grid-cols-2">
        <div>
          <h2 className="text-2xl">Failed jobs (24 h)</h2>
          <ul className="mt-3 space-y-2 text-sm" data-testid="health-failed-jobs">
            {failedJobs.latest.length === 0 ? <li className="text-ink-soft">None.</li> : null}
            {failedJobs.latest.map((j) => (
              <li key={j.id}>
                <Link href={`/admin/jobs/${j.id}`} className="font-medium hover:underline">
                  {j.functionId}
                </Link>{" "}
                <span className="text-muted">· {shortDateTime(j.finishedAt)}</span>
                <ErrorSnippet text={j.lastError} />
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="text-2xl">Failed webhooks (24 h)</h2>
          <ul className="mt-3 space-y-2 text-sm" data-testid="health-failed-webhooks">
            {failedWebhooks.latest.length === 0 ? <li className="text-ink-soft">None.</li> : null}
            {failedWebhooks.latest.map((w) => (
              <li key={w.id}>
                <Link href={`/admin/webhooks/${w.id}`} className="font-medium hover:underline">
                  {w.type}
                </Link>{" "}
                <span className="text-muted">· {shortDateTime(w.receivedAt)}</span>
                <ErrorSnippet text={w.lastError} />
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="mt-10">
        <h2 className="text-2xl">Slowest procedures</h2>
        <p className="mt-1 text-sm text-ink-soft">This server process, the last 15 minutes (up to 512 calls per procedure), slowest p95 first.</p>
        <div className="mt-4 overflow-x-auto rounded-2xl border border-line bg-white/70">
          <table className="w-full text-left text-sm" data-testid="slow-procedures">
            <thead className="border-b border-line text-xs uppercase tracking-wider text-muted">
              <tr>
                <Th>Procedure</Th>
                <Th className="text-right">Calls</Th>
                <Th className="text-right">p50</Th>
                <Th className="text-right">p95</Th>
                <Th className="text-right">Max</Th>
              </tr>
            </thead>
            <tbody>
              {slowestProcedures.map((p) => (
                <tr key={p.path} className="border-b border-line/60 last:border-0">
                  <td className="px-4 py-2 font-mono text-xs">{p.path}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.count}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.p50Ms} ms</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.p95Ms} ms</td>
                  <td className="px-4 py-2 text-right tabular-nums">{p.maxMs} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
