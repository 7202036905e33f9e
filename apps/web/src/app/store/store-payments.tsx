"use client";

import type { RouterOutputs } from "@atelier/api";
import { Alert, Badge, Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "~/trpc/react";

type Overview = RouterOutputs["store"]["mine"]["payments"];

const STATE: Record<Overview["state"], { label: string; tone: "ok" | "warn" | "accent" | "neutral"; body: string }> = {
  not_started: { label: "Not set up", tone: "accent", body: "Set up payouts with Stripe so Atelier can pay your store its share of each sale." },
  onboarding: { label: "Unfinished", tone: "accent", body: "Stripe still needs your details before your store can be paid." },
  action_required: { label: "Action required", tone: "warn", body: "Stripe needs more information before it can pay you." },
  ready: { label: "Ready", tone: "ok", body: "Stripe can pay your store its share of each sale." },
  disconnected: { label: "Disconnected", tone: "neutral", body: "This Stripe account was disconnected from Atelier. Contact us to connect payouts again." },
};

/** The store's payout account (Stripe Connect, opened on first click; the same onboarding as artists'). */
export function StorePayments({ initial, returned }: { initial: Overview; returned: boolean }) {
  const trpc = useTRPC();
  const link = useMutation(trpc.store.onboardingLink.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }));
  const refresh = useMutation(trpc.store.refreshPayments.mutationOptions({ onSuccess: () => window.history.replaceState(null, "", "/store") }));
  const started = useRef(false);
  useEffect(() => {
    if (!returned || started.current) return;
    started.current = true;
    refresh.mutate();
  }, [returned, refresh]);
  const overview = refresh.data ?? initial;
  const s = STATE[overview.state];
  const busy = link.isPending || link.isSuccess;
  return (
    <div className="space-y-3" data-testid="store-payments">
      <div className="flex items-center gap-3">
        <h2 className="text-xl">Payouts</h2>
        <Badge tone={s.tone} data-testid="payout-state">
          {refresh.isPending ? "Checking…" : s.label}
        </Badge>
      </div>
      <p className="text-sm text-ink-soft">{s.body}</p>
      {overview.state !== "ready" && overview.state !== "disconnected" ? (
        <Button disabled={busy} onClick={() => link.mutate()}>
          {busy ? "Opening Stripe…" : overview.state === "not_started" ? "Set up payouts" : "Continue with Stripe"}
        </Button>
      ) : null}
      {link.error ? <Alert>{link.error.message}</Alert> : null}
      {refresh.error ? <Alert>{refresh.error.message}</Alert> : null}
    </div>
  );
}
