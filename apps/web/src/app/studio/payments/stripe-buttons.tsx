"use client";

import { Alert, Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

export const errorMessage = (e: unknown) => (e instanceof Error && e.message ? e.message : "Something went wrong. Please try again.");

/** Asks for a fresh Stripe-hosted onboarding link (they work once and expire) and goes there. */
export function OnboardingButton({ label, variant = "primary" }: { label: string; variant?: "primary" | "secondary" }) {
  const trpc = useTRPC();
  const link = useMutation(trpc.artist.payments.onboardingLink.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }));
  // stays "Opening Stripe…" while the browser leaves for Stripe
  const busy = link.isPending || link.isSuccess;
  return (
    <div className="space-y-3">
      <Button variant={variant} disabled={busy} onClick={() => link.mutate()}>
        {busy ? "Opening Stripe…" : label}
      </Button>
      {link.error ? <Alert>{errorMessage(link.error)}</Alert> : null}
    </div>
  );
}

/**
 * Opens the artist's Stripe Express dashboard in a new tab. The tab is opened on the click itself
 * (a tab opened after an await is often blocked) and pointed at the one-time login link once it exists.
 */
export function DashboardButton() {
  const trpc = useTRPC();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const link = useMutation(trpc.artist.payments.dashboardLink.mutationOptions());
  const open = () => {
    setBlockedUrl(null);
    const tab = window.open("about:blank", "_blank");
    if (tab) tab.opener = null;
    link.mutate(undefined, {
      onSuccess: ({ url }) => {
        if (tab && !tab.closed) tab.location.href = url;
        else setBlockedUrl(url);
      },
      onError: () => tab?.close(),
    });
  };
  return (
    <div className="space-y-3">
      <Button variant="secondary" disabled={link.isPending} onClick={open}>
        {link.isPending ? "Opening Stripe…" : "Open Stripe dashboard"}
        <span aria-hidden="true">↗</span>
      </Button>
      {blockedUrl ? (
        <p className="text-sm text-ink-soft">
          Your browser kept the new tab from opening.{" "}
          <a href={blockedUrl} target="_blank" rel="noopener noreferrer" className="font-medium text-ink underline underline-offset-4">
            Open your Stripe dashboard
          </a>
        </p>
      ) : null}
      {link.error ? <Alert>{errorMessage(link.error)}</Alert> : null}
    </div>
  );
}
