import { Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dateTime, ErrorSnippet, JsonBlock, LastError, Meta, OpsStatusBadge, shortDateTime, Th } from "~/components/admin/operations";
import { ReplayButton } from "~/components/admin/replay";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Stripe webhook" };

/** Replays run under "<event id>:replay:<ms>"; say which delivery a run belongs to. */
function replayOf(runEventId: string, eventId: string): string {
  const ms = Number(/:replay:(\d+)$/.exec(runEventId)?.[1]);
  return runEventId === eventId ? "from Stripe's delivery" : Number.isFinite(ms) ? `replay of ${shortDateTime(new Date(ms))}` : runEventId;
}

export default async function AdminWebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^evt_[A-Za-z0-9_]+$/.test(id)) notFound();
  const { event, runs } = await orNotFound((await api()).admin.webhook.get({ id }));

  return (
    <div className={containerClass("py-12")}>
      <Link href="/admin/webhooks?status=all" className="text-sm text-ink-soft hover:text-ink">
        ← All webhooks
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="break-all text-3xl sm:text-4xl">{event.type}</h1>
        <OpsStatusBadge status={event.status} />
        {event.livemode ? null : <span className="text-xs uppercase tracking-widest text-muted">test mode</span>}
      </div>
      <p className="mt-2 break-all font-mono text-sm text-ink-soft">{event.id}</p>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <aside className="lg:sticky lg:top-24 lg:col-start-2 lg:row-start-1 lg:self-start">
          <Card className="space-y-3 p-6">
            <h2 className="text-xl">Replay</h2>
            <p className="text-sm text-ink-soft">
              {event.status === "FAILED"
                ? "Its functions gave up. Once the cause is fixed, hand the event to them again."
                : "Hands the event to its functions again, e.g. to re-check an account against Stripe."}
            </p>
            <ReplayButton kind="webhook" id={event.id} />
          </Card>
        </aside>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <Card className="p-6">
            <Meta
              items={[
                ["Account", event.account ? <code className="font-mono text-xs">{event.account}</code> : "Platform"],
                ["API version", event.apiVersion ?? "—"],
                ["Created at Stripe", dateTime(event.stripeCreatedAt)],
                ["Received", dateTime(event.receivedAt)],
                ["Handed to functions", dateTime(event.enqueuedAt)],
                ["Processed", dateTime(event.processedAt)],
                ["Deliveries by Stripe", String(event.deliveries)],
                ["Processing attempts", String(event.attempts)],
              ]}
            />
            <LastError text={event.lastError} testId="webhook-error" />
          </Card>

          <section aria-labelledby="runs-heading">
            <h2 id="runs-heading" className="text-2xl">
              Function runs
            </h2>
            {runs.length === 0 ? (
              <p className="mt-3 rounded-2xl border border-dashed border-line px-6 py-8 text-center text-sm text-ink-soft">
                No runs in this app&apos;s queue for this event. With an Inngest server configured, runs live in Inngest&apos;s dashboard.
              </p>
            ) : (
              <div className="relative mt-3 overflow-x-auto rounded-2xl border border-line bg-white/70">
                <table className="w-full text-left text-sm" data-testid="webhook-runs">
                  <thead className="border-b border-line text-xs uppercase tracking-wider text-muted">
                    <tr>
                      <Th>Function</Th>
                      <Th>Status</Th>
                      <Th className="text-right">Attempts</Th>
                      <Th>Finished</Th>
                      <Th>Last error</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {runs.map((r) => (
                      <tr key={r.id} className="border-b border-line/60 align-top last:border-0">
                        <td className="whitespace-nowrap px-4 py-3">
                          <Link href={`/admin/jobs/${r.id}`} className="font-medium text-ink hover:underline">
                            {r.functionId}
                          </Link>
                          <div className="mt-0.5 text-xs text-muted">{replayOf(r.eventId, event.id)}</div>
                        </td>
                        <td className="px-4 py-3">
                          <OpsStatusBadge status={r.status} />
                        </td>
                        <td className="px-4 py-3 text-right tabular-nums">
                          {r.attempts}/{r.maxAttempts}
                        </td>
                        <td className="whitespace-nowrap px-4 py-3 text-ink-soft">{r.finishedAt ? shortDateTime(r.finishedAt) : "not yet"}</td>
                        <td className="px-4 py-3">
                          <ErrorSnippet text={r.lastError} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="payload-heading">
            <h2 id="payload-heading" className="text-2xl">
              Payload
            </h2>
            <p className="mt-1 text-sm text-ink-soft">The event Stripe sent, as stored after its signature was verified.</p>
            <div className="mt-3">
              <JsonBlock value={event.payload} label="Event payload" />
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
