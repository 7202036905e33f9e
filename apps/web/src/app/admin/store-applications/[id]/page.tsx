import { Badge, Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { api } from "~/server/api";
import { StoreReviewActions } from "./review-actions";
import { formatDateTime } from "~/lib/dates";

export const metadata: Metadata = { title: "Admin · Store application" };
const fmt = (d: Date | null) => formatDateTime(d);

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-widest text-muted">{label}</dt>
      <dd className="mt-1.5 text-ink">{children}</dd>
    </div>
  );
}

const link = (url: string | null) =>
  url ? (
    <a href={url} target="_blank" rel="noreferrer noopener" className="break-all text-accent-deep underline">
      {url}
    </a>
  ) : (
    <span className="text-muted">—</span>
  );

export default async function AdminStoreApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const app = await (await api()).admin.storeApplication.get({ id }).catch(() => null);
  if (!app) notFound();

  return (
    <div className={containerClass("py-12")}>
      <Link href="/admin/store-applications" className="text-sm text-ink-soft hover:text-ink">
        ← All store applications
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-4xl">{app.name}</h1>
        <Badge tone={app.status === "APPROVED" ? "ok" : app.status === "REJECTED" ? "warn" : "accent"} data-testid="application-status">
          {app.status.charAt(0) + app.status.slice(1).toLowerCase()}
        </Badge>
      </div>
      <p className="mt-2 text-ink-soft">
        {app.user.name} · {app.user.email} · submitted {fmt(app.submittedAt)}
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <Card className="p-6 sm:p-8">
          <dl className="grid gap-6">
            <Field label="About the store">
              <p className="whitespace-pre-line font-display text-lg leading-relaxed">{app.description}</p>
            </Field>
            <Field label="What they would sell, and to whom">
              <p className="whitespace-pre-line">{app.reason}</p>
            </Field>
            <div className="grid gap-6 sm:grid-cols-2">
              <Field label="Website">{link(app.website)}</Field>
              <Field label="Country for payouts">{app.country}</Field>
            </div>
            {app.store ? (
              <Field label="Store">
                <Link href={`/stores/${app.store.slug}`} className="text-accent-deep underline">
                  {app.store.name}
                </Link>
              </Field>
            ) : null}
          </dl>
        </Card>
        <aside>
          <Card className="p-6">
            {app.status === "PENDING" ? (
              <StoreReviewActions id={app.id} />
            ) : (
              <div className="space-y-3 text-sm text-ink-soft">
                <p>
                  Reviewed by <span className="text-ink">{app.reviewedBy?.name ?? "—"}</span> on {fmt(app.reviewedAt)}.
                </p>
                {app.rejectionReason ? (
                  <blockquote className="border-l-2 border-accent pl-3 whitespace-pre-line text-ink">{app.rejectionReason}</blockquote>
                ) : null}
              </div>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}
