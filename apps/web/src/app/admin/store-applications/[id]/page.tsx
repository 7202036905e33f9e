import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { externalLink, Field, ReviewPage } from "~/components/admin/review/review-page";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Store application" };

export default async function AdminStoreApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const app = await (await api()).admin.storeApplication.get({ id }).catch(() => null);
  if (!app) notFound();

  return (
    <ReviewPage kind="store" back={{ href: "/admin/store-applications", label: "All store applications" }} title={app.name} app={app}>
      <Field label="About the store">
        <p className="whitespace-pre-line font-display text-lg leading-relaxed">{app.description}</p>
      </Field>
      <Field label="What they would sell, and to whom">
        <p className="whitespace-pre-line">{app.reason}</p>
      </Field>
      <div className="grid gap-6 sm:grid-cols-2">
        <Field label="Website">{externalLink(app.website)}</Field>
        <Field label="Country for payouts">{app.country}</Field>
      </div>
      {app.store ? (
        <Field label="Store">
          <Link href={`/stores/${app.store.slug}`} className="text-accent-deep underline">
            {app.store.name}
          </Link>
        </Field>
      ) : null}
    </ReviewPage>
  );
}
