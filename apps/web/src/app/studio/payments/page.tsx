import { Alert, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { teamEmail } from "@atelier/core/env";
import { env } from "~/env";
import { api } from "~/server/api";
import { PaymentsView } from "./payments-view";

export const metadata: Metadata = { title: "Payments · Studio" };

type Search = { onboarding?: string; error?: string };

export default async function StudioPaymentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const overview = await (await api()).artist.payments.status();
  // set by /studio/payments/onboarding when it could not get a fresh link from Stripe
  const linkError = typeof sp.error === "string" && sp.error.trim() ? sp.error.trim().slice(0, 300) : null;

  return (
    <div className={containerClass("py-12")}>
      <h1 className="text-4xl">Payments</h1>
      <p className="mt-2 max-w-2xl text-ink-soft">How collectors&apos; money reaches you: your payout account with Stripe, and what Stripe has paid out.</p>

      {linkError ? (
        <Alert className="mt-8">
          <span className="font-medium">We couldn&apos;t reopen Stripe&apos;s onboarding.</span> {linkError}
        </Alert>
      ) : null}
      <div className="mt-8">
        <PaymentsView initial={overview} returned={sp.onboarding === "returned"} contactEmail={teamEmail(env)} />
      </div>
    </div>
  );
}
