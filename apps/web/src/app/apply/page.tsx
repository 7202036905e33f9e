import { Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";
import { ApplicationForm } from "./application-form";
import { ApplicationStatus } from "./application-status";

export const metadata: Metadata = { title: "Sell your art on Atelier" };

export default async function ApplyPage({ searchParams }: { searchParams: Promise<{ new?: string }> }) {
  await requireIdentity("/apply");
  const { application, isArtist, accessRemoved } = await (await api()).artist.application.mine();
  const startNew = (await searchParams).new === "1";
  const closed = application && ["APPROVED", "REJECTED", "WITHDRAWN"].includes(application.status);
  // an artist whose access was removed may apply again, even after an approved application
  const showForm =
    !isArtist && (!application || application.status === "DRAFT" || (closed && (accessRemoved || application.status !== "APPROVED") && startNew));
  const draft = application?.status === "DRAFT" ? application : null;

  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-5xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">For artists</p>
        <h1 className="mt-2 text-4xl sm:text-5xl">Sell your art on Atelier</h1>
        <p className="mt-4 max-w-2xl text-lg text-ink-soft">
          Atelier is a small, curated marketplace for original work. Tell us about your practice and show us your portfolio; our curators read every application
          and usually answer within a few days.
        </p>
        <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div>
            {showForm ? (
              <Card className="p-6 sm:p-8">
                <ApplicationForm
                  initial={{
                    displayName: draft?.displayName ?? "",
                    statement: draft?.statement ?? "",
                    portfolioUrl: draft?.portfolioUrl ?? "",
                    instagramHandle: draft?.instagramHandle ?? "",
                    website: draft?.website ?? "",
                    previousExhibitions: draft?.previousExhibitions ?? "",
                    country: draft?.country ?? "IE",
                    acceptTerms: !!draft?.termsAcceptedAt,
                  }}
                  savedAt={draft?.updatedAt?.toISOString() ?? null}
                />
              </Card>
            ) : (
              <ApplicationStatus
                isArtist={isArtist}
                accessRemoved={accessRemoved}
                application={
                  application
                    ? {
                        status: application.status,
                        displayName: application.displayName,
                        submittedAt: application.submittedAt?.toISOString() ?? null,
                        reviewedAt: application.reviewedAt?.toISOString() ?? null,
                        rejectionReason: application.rejectionReason,
                      }
                    : null
                }
              />
            )}
          </div>
          <NextSteps />
        </div>
      </div>
    </div>
  );
}

const STEPS = [
  { title: "Our curators read it", body: "Every application, by hand. We usually answer within a few days, by email." },
  { title: "Your studio opens", body: "Once you're approved you set up your artist profile and list your work. Each work is reviewed before it is published." },
  { title: "You set up payouts", body: "Stripe pays your share of each sale into your bank. You enter your details on Stripe's own pages." },
];

function NextSteps() {
  return (
    <aside aria-labelledby="next-steps" className="lg:pt-2">
      <h2 id="next-steps" className="text-xl">
        What happens next
      </h2>
      <ol className="mt-4 space-y-5">
        {STEPS.map((step, i) => (
          <li key={step.title} className="flex gap-3">
            <span className="font-display text-2xl leading-none text-accent">{i + 1}</span>
            <div>
              <p className="font-medium text-ink">{step.title}</p>
              <p className="mt-1 text-sm text-ink-soft">{step.body}</p>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
