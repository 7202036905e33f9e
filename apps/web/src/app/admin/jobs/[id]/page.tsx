import { Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { dateTime, JsonBlock, LastError, Meta, OpsStatusBadge } from "~/components/admin/operations";
import { ReplayButton, ReplayResults } from "~/components/admin/replay";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Job run" };

/** stripe/<type> runs carry the Stripe event id (plus ":replay:<ms>" for replays) as their event id */
function stripeEventOf(eventName: string, eventId: string): string | null {
  if (!eventName.startsWith("stripe/")) return null;
  const id = eventId.split(":")[0] ?? "";
  return /^evt_[A-Za-z0-9_]+$/.test(id) ? id : null;
}

const NOT_REPLAYABLE: Partial<Record<string, string>> = { QUEUED: "is waiting in the queue", RUNNING: "is running now", SUCCEEDED: "succeeded" };

export default async function AdminJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const run = await orNotFound((await api()).admin.job.get({ id }));
  const stripeEvent = stripeEventOf(run.eventName, run.eventId);
  const steps = run.steps && typeof run.steps === "object" ? Object.keys(run.steps) : [];

  return (
    <div className={containerClass("py-12")}>
      <Link href="/admin/jobs?status=all" className="text-sm text-ink-soft hover:text-ink">
        ← All job runs
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="break-all text-3xl sm:text-4xl">{run.functionId}</h1>
        <OpsStatusBadge status={run.status} />
      </div>
      <p className="mt-2 break-all font-mono text-sm text-ink-soft">{run.id}</p>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <aside className="lg:sticky lg:top-24 lg:col-start-2 lg:row-start-1 lg:self-start">
          <Card className="space-y-3 p-6">
            <h2 className="text-xl">Replay</h2>
            <ReplayResults className="">
              {run.status === "FAILED" ? (
                <>
                  <p className="text-sm text-ink-soft">This run used up its attempts. Once the cause is fixed, queue it again with a fresh set.</p>
                  <ReplayButton kind="job" id={run.id} />
                </>
              ) : (
                <p className="text-sm text-ink-soft">Only failed runs can be replayed; this one {NOT_REPLAYABLE[run.status] ?? "has not failed"}.</p>
              )}
            </ReplayResults>
          </Card>
        </aside>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <Card className="p-6">
            <Meta
              items={[
                ["Event", run.eventName],
                [
                  "Event id",
                  stripeEvent ? (
                    <Link href={`/admin/webhooks/${stripeEvent}`} className="break-all font-mono text-xs underline underline-offset-4">
                      {run.eventId}
                    </Link>
                  ) : (
                    <code className="break-all font-mono text-xs">{run.eventId}</code>
                  ),
                ],
                ["Attempts", `${run.attempts} of ${run.maxAttempts}`],
                [run.status === "QUEUED" ? "Next run" : "Scheduled", dateTime(run.runAt)],
                ["Created", dateTime(run.createdAt)],
                ["Finished", dateTime(run.finishedAt)],
                ["Locked until", dateTime(run.lockedUntil)],
                ["Finished steps", steps.length ? steps.join(", ") : "none"],
              ]}
            />
            <LastError text={run.lastError} testId="job-error" />
          </Card>
          <section aria-labelledby="payload-heading">
            <h2 id="payload-heading" className="text-2xl">
              Event data
            </h2>
            <div className="mt-3">
              <JsonBlock value={run.payload} label="Event data" />
            </div>
          </section>
          <section aria-labelledby="steps-heading">
            <h2 id="steps-heading" className="text-2xl">
              Step results
            </h2>
            <p className="mt-1 text-sm text-ink-soft">What each finished step returned. A retry or replay reuses these instead of running the step again.</p>
            <div className="mt-3">
              <JsonBlock value={run.steps} label="Step results" />
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
