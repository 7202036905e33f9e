"use client";

import { Alert, Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "~/trpc/react";
import { PayoutsTable } from "./payouts-table";
import { StatusCard, type PaymentsOverview } from "./status-card";
import { errorMessage } from "./stripe-buttons";

/**
 * The status card and payouts. Coming back from Stripe (`?onboarding=returned`) it re-reads the
 * account from Stripe once, since the webhook saying what changed may not have arrived yet.
 */
export function PaymentsView({ initial, returned, contactEmail }: { initial: PaymentsOverview; returned: boolean; contactEmail: string }) {
  const trpc = useTRPC();
  const refresh = useMutation(
    trpc.artist.payments.refresh.mutationOptions({
      // the check is done: a reload should not ask Stripe again
      onSuccess: () => window.history.replaceState(null, "", "/studio/payments"),
    }),
  );
  const started = useRef(false);
  useEffect(() => {
    if (!returned || started.current) return;
    started.current = true;
    refresh.mutate();
  }, [returned, refresh]);

  const overview = refresh.data ?? initial;
  const checking = refresh.isPending || (returned && refresh.isIdle);

  return (
    <div className="space-y-6">
      {returned && checking ? (
        <Alert tone="info" className="flex items-center gap-3">
          <span className="size-3 shrink-0 animate-pulse rounded-full bg-accent" aria-hidden="true" />
          Welcome back — checking your account with Stripe…
        </Alert>
      ) : null}
      {refresh.error ? (
        <Alert className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <span className="min-w-0 flex-1">
            <span className="font-medium">We couldn&apos;t check your account with Stripe.</span> {errorMessage(refresh.error)} What you see below may be out of
            date.
          </span>
          <Button variant="secondary" className="shrink-0 self-start py-1.5 sm:self-auto" onClick={() => refresh.mutate()}>
            Try again
          </Button>
        </Alert>
      ) : null}

      <div aria-busy={checking} className={checking ? "pointer-events-none opacity-60 transition-opacity" : "transition-opacity"}>
        <StatusCard
          overview={overview}
          contactEmail={contactEmail}
          checkAgain={
            overview.account && overview.state !== "disconnected" ? (
              <button
                type="button"
                disabled={checking}
                onClick={() => refresh.mutate()}
                className="text-sm text-ink-soft underline underline-offset-4 hover:text-ink disabled:opacity-50"
              >
                {refresh.isPending ? "Checking…" : "Check with Stripe again"}
              </button>
            ) : null
          }
        />
      </div>

      <section aria-labelledby="payouts-heading" className="pt-8">
        <h2 id="payouts-heading" className="text-3xl">
          Payouts
        </h2>
        <p className="mt-2 text-ink-soft">Money Stripe has sent, or is sending, from your Stripe balance to your bank. The latest twenty.</p>
        <PayoutsTable payouts={overview.payouts} />
      </section>
    </div>
  );
}
