import { Alert, Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";
import { StoreApplicationForm, WithdrawStoreApplication } from "./store-application-form";

export const metadata: Metadata = { title: "Open a store on Atelier" };

export default async function StoreApplyPage({ searchParams }: { searchParams: Promise<{ new?: string }> }) {
  await requireIdentity("/store/apply");
  const { application, store } = await (await api()).store.myApplication();
  const again = (await searchParams).new === "1";
  const pending = application?.status === "PENDING";
  const showForm = !store && !pending && (!application || application.status === "WITHDRAWN" || again || application.status !== "REJECTED");

  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">For curators, galleries and shops</p>
        <h1 className="mt-2 text-4xl sm:text-5xl">Open a store on Atelier</h1>
        <p className="mt-4 text-lg text-ink-soft">
          A store sells licensed prints and products of Atelier artists&apos; work — only works whose artists allow stores, at prices within their terms. Each
          sale pays the artist their royalty, the print lab its cost and Atelier its fee; the rest is your store&apos;s.
        </p>
        <div className="mt-10">
          {store ? (
            <Alert tone="success">
              Your store <span className="font-medium">{store.name}</span> is open.{" "}
              <Link href="/store" className="font-medium text-ink underline underline-offset-4">
                Open your store dashboard
              </Link>
            </Alert>
          ) : pending ? (
            <Card className="space-y-4 p-6" data-testid="store-application-pending">
              <h2 className="text-2xl">Your application is under review</h2>
              <p className="text-ink-soft">
                We received your application for <span className="text-ink">{application.name}</span> on {formatDate(application.submittedAt)}. We will write to
                you when we have decided.
              </p>
              <WithdrawStoreApplication />
            </Card>
          ) : application?.status === "REJECTED" && !again ? (
            <Card className="space-y-4 p-6">
              <h2 className="text-2xl">About your application</h2>
              <p className="text-ink-soft">Our team decided not to open {application.name} at this time. Their note:</p>
              <blockquote className="border-l-2 border-accent pl-3 whitespace-pre-line text-ink">{application.rejectionReason}</blockquote>
              <Link href="/store/apply?new=1" className="inline-block text-sm font-medium text-ink underline underline-offset-4">
                Apply again
              </Link>
            </Card>
          ) : showForm ? (
            <Card className="p-6 sm:p-8">
              <StoreApplicationForm />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
