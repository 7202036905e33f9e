import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { externalLink, Field, ReviewPage } from "~/components/admin/review/review-page";
import { formatDateTime } from "~/lib/dates";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Application" };

export default async function AdminApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const app = await (await api()).admin.application.get({ id }).catch(() => null);
  if (!app) notFound();

  return (
    <ReviewPage kind="artist" back={{ href: "/admin/applications", label: "All applications" }} title={app.displayName} app={app}>
      <Field label="Statement">
        <p className="whitespace-pre-line font-display text-lg leading-relaxed">{app.statement || "—"}</p>
      </Field>
      <div className="grid gap-6 sm:grid-cols-2">
        <Field label="Portfolio">{externalLink(app.portfolioUrl)}</Field>
        <Field label="Website">{externalLink(app.website)}</Field>
        <Field label="Instagram">
          {app.instagramHandle ? (
            <a href={`https://instagram.com/${app.instagramHandle}`} target="_blank" rel="noreferrer noopener" className="text-accent-deep underline">
              @{app.instagramHandle}
            </a>
          ) : (
            <span className="text-muted">—</span>
          )}
        </Field>
        <Field label="Terms accepted">{formatDateTime(app.termsAcceptedAt)}</Field>
      </div>
      <Field label="Previous exhibitions">
        <p className="whitespace-pre-line">{app.previousExhibitions || "—"}</p>
      </Field>
    </ReviewPage>
  );
}
