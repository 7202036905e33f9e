import { Badge, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess } from "~/components/no-access";
import { env } from "~/env";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";
import { formatDateTime } from "~/lib/dates";

export const metadata: Metadata = { title: "Mailbox" };
export const dynamic = "force-dynamic";

const fmt = (d: Date) => formatDateTime(d);

/** Every mail the platform stored in its outbox, newest first; the selected one rendered in a sandboxed frame. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ id?: string; cursor?: string }> }) {
  const identity = await requireIdentity("/dev/mailbox");
  if (!identity.roles.includes("ADMIN")) return <NoAccess area="mailbox" />;
  const sp = await searchParams;
  const caller = await api();
  const { items, nextCursor } = await caller.admin.mailbox.list({ cursor: sp.cursor, limit: 50 });
  const selectedId = sp.id ?? items[0]?.id;
  const mail = selectedId ? await caller.admin.mailbox.get({ id: selectedId }).catch(() => null) : null;

  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">Mailbox</h1>
      <p className="mt-2 text-ink-soft">
        {env.SMTP_URL
          ? "Mail is delivered over SMTP; this is a copy of everything sent."
          : "No SMTP server is configured, so mail stays here in the outbox instead of being sent."}
      </p>
      {items.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">No mail yet.</div>
      ) : (
        <div className="mt-8 grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <ul className="divide-y divide-line self-start overflow-hidden rounded-2xl border border-line bg-white/70" data-testid="mail-list">
            {items.map((m) => (
              <li key={m.id}>
                <Link
                  href={`/dev/mailbox?id=${m.id}#mail`}
                  aria-current={m.id === selectedId ? "true" : undefined}
                  className={`block px-4 py-3 ${m.id === selectedId ? "bg-paper-deep" : "hover:bg-paper-deep/50"}`}
                >
                  <div className="flex items-center justify-between gap-2 text-xs text-muted">
                    <span className="truncate">{m.toEmail}</span>
                    <span className="shrink-0">{fmt(m.createdAt)}</span>
                  </div>
                  <div className="mt-1 truncate font-medium text-ink">{m.subject}</div>
                  <div className="mt-1.5 flex gap-1.5">
                    <Badge tone={m.status === "SENT" ? "ok" : m.status === "FAILED" ? "warn" : "neutral"}>{m.status.toLowerCase()}</Badge>
                    {m.transport ? <Badge>{m.transport}</Badge> : null}
                  </div>
                </Link>
              </li>
            ))}
            {nextCursor ? (
              <li>
                <Link href={`/dev/mailbox?cursor=${nextCursor}`} className="block px-4 py-3 text-sm text-ink-soft underline">
                  Older mail
                </Link>
              </li>
            ) : null}
          </ul>
          {mail ? (
            <article id="mail" className="scroll-mt-20 overflow-hidden rounded-2xl border border-line bg-white" data-testid="mail-view">
              <header className="border-b border-line px-6 py-4">
                <h2 className="text-2xl">{mail.subject}</h2>
                <p className="mt-1 text-sm text-ink-soft">
                  To {mail.toEmail} · {fmt(mail.createdAt)} · template <code>{mail.template}</code>
                </p>
                {mail.lastError ? <p className="mt-1 text-sm text-accent-deep">Last error: {mail.lastError}</p> : null}
              </header>
              {/* sandbox with no permissions: the mail's HTML cannot run scripts or navigate this page */}
              <iframe title={`Mail: ${mail.subject}`} sandbox="" srcDoc={mail.html} className="h-[42rem] w-full border-0 bg-paper" />
              <details className="border-t border-line px-6 py-4">
                <summary className="cursor-pointer text-sm text-ink-soft">Plain-text version</summary>
                <pre className="mt-3 whitespace-pre-wrap font-mono text-sm text-ink" data-testid="mail-text">
                  {mail.text}
                </pre>
              </details>
            </article>
          ) : null}
        </div>
      )}
    </div>
  );
}
