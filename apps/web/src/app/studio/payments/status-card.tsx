"use client";

import type { RouterOutputs } from "@atelier/api";
import { Badge, cn } from "@atelier/ui";
import type { ReactNode } from "react";
import { disabledReasonLabel, requirementLabels } from "./requirements";
import { DashboardButton, OnboardingButton } from "./stripe-buttons";
import { formatDateTime } from "~/lib/dates";

export type PaymentsOverview = RouterOutputs["artist"]["payments"]["status"];

const when = (d: Date) => formatDateTime(d);

function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Where the artist's Stripe setup stands, and the one thing to do next. */
export function StatusCard({ overview, contactEmail, checkAgain }: { overview: PaymentsOverview; contactEmail: string; checkAgain?: ReactNode }) {
  const { state, account } = overview;
  const due = requirementLabels(account?.requirementsDue ?? []);
  const reason = disabledReasonLabel(account?.disabledReason ?? null);
  const country = countryName(overview.country);

  return (
    <section
      aria-labelledby="payments-state"
      data-testid="payments-status"
      data-state={state}
      className={cn(
        "rounded-2xl border p-6 shadow-sm sm:p-8",
        state === "ready" ? "border-ok/50 bg-ok/10" : state === "disconnected" ? "border-accent/30 bg-accent/5" : "border-line bg-white/70",
      )}
    >
      {state === "ready" ? (
        <Body
          badge={null}
          title={
            <span className="flex items-center gap-3 text-ok">
              <span className="grid size-10 shrink-0 place-items-center rounded-full bg-ok text-paper" aria-hidden="true">
                <CheckIcon className="size-5" />
              </span>
              Payouts are set up
            </span>
          }
          actions={<DashboardButton />}
        >
          <p>Stripe can pay you. Your published work is for sale, and Stripe pays your share of each sale into your bank account on its payout schedule.</p>
          <p className="text-sm">Balances, payout schedule and bank details live in your Stripe dashboard.</p>
          {due.length ? (
            <div className="rounded-xl border border-warn/30 bg-white/70 p-4 text-sm text-warn">
              <p className="font-medium">Stripe will soon need more from you:</p>
              <RequirementList items={due} />
              <div className="mt-3">
                <OnboardingButton label="Update your details" variant="secondary" />
              </div>
            </div>
          ) : null}
        </Body>
      ) : state === "not_started" ? (
        <Body badge={<Badge>Not set up</Badge>} title="Get paid for your work" actions={<OnboardingButton label="Set up payouts with Stripe" />}>
          <p>
            Atelier pays artists through Stripe: for every sale, Stripe sends your share straight to your bank account. You enter your bank and identity details
            on Stripe&apos;s own secure pages — Atelier never sees them. It takes about five minutes.
          </p>
          <p className="text-sm">
            Until then your published works show as &ldquo;Not yet for sale&rdquo;.{country ? ` Your payout account will be opened in ${country}.` : ""}
          </p>
        </Body>
      ) : state === "onboarding" ? (
        <Body badge={<Badge tone="warn">Not finished</Badge>} title="Finish setting up payouts" actions={<OnboardingButton label="Continue with Stripe" />}>
          <p>
            Your payout account is open at Stripe, but Stripe doesn&apos;t have all your details yet. If you have begun, Stripe kept what you entered, so you
            pick up where you left off.
          </p>
          <p className="text-sm">Until then your published works show as &ldquo;Not yet for sale&rdquo;.</p>
          {due.length ? (
            <div>
              <p className="text-sm font-medium text-ink">Still to do</p>
              <RequirementList items={due} />
            </div>
          ) : null}
        </Body>
      ) : state === "action_required" ? (
        <Body
          badge={<Badge tone="warn">Action required</Badge>}
          title="Stripe needs a few more details"
          actions={<OnboardingButton label="Update your details" />}
        >
          <p>Your published works show as &ldquo;Not yet for sale&rdquo; until Stripe has everything it needs to pay you.{reason ? ` ${reason}` : ""}</p>
          {due.length ? (
            <div>
              <p className="text-sm font-medium text-ink">What Stripe is asking for</p>
              <RequirementList items={due} />
            </div>
          ) : null}
        </Body>
      ) : (
        <Body badge={<Badge tone="accent">Disconnected</Badge>} title="Payouts are disconnected" actions={null}>
          <p>
            Your Stripe account was disconnected from Atelier{account?.deauthorizedAt ? ` on ${when(account.deauthorizedAt)}` : ""}. Collectors can still see
            your published works, marked &ldquo;Not yet for sale&rdquo;, and Atelier can no longer pay you.
          </p>
          <p>
            To connect payouts again,{" "}
            <a
              href={`mailto:${contactEmail}?subject=${encodeURIComponent("Reconnect my payouts")}`}
              className="font-medium text-ink underline underline-offset-4"
            >
              contact us
            </a>{" "}
            and we&apos;ll help you connect a payout account.
          </p>
        </Body>
      )}

      {state === "disconnected" ? null : (
        <ul aria-label="Stripe account checks" className="mt-8 grid gap-3 border-t border-line/80 pt-6 sm:grid-cols-3">
          <Check ok={!!account?.detailsSubmitted} label="Details submitted" hint="Your identity and bank details are with Stripe" />
          <Check ok={!!account?.chargesEnabled} label="Can accept payments" hint="Stripe can take card payments for your work" />
          <Check ok={!!account?.payoutsEnabled} label="Payouts enabled" hint="Stripe can send money to your bank" />
        </ul>
      )}
      {account?.syncedAt || checkAgain ? (
        <div className="mt-5 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-xs text-muted">
          <p>{account?.syncedAt ? `Last checked with Stripe ${when(account.syncedAt)}${country ? ` · account country ${country}` : ""}` : null}</p>
          {checkAgain}
        </div>
      ) : null}
    </section>
  );
}

function Body({ badge, title, actions, children }: { badge: ReactNode; title: ReactNode; actions: ReactNode; children: ReactNode }) {
  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_auto] md:items-start">
      <div>
        {badge}
        <h2 id="payments-state" className={cn("text-3xl leading-tight sm:text-4xl", badge ? "mt-3" : "")}>
          {title}
        </h2>
        <div className="mt-4 max-w-2xl space-y-3 text-ink-soft">{children}</div>
      </div>
      {actions ? <div className="md:pt-1">{actions}</div> : null}
    </div>
  );
}

function RequirementList({ items }: { items: string[] }) {
  return (
    <ul className="mt-2 space-y-1.5 text-sm" data-testid="requirements-due">
      {items.map((label) => (
        <li key={label} className="flex items-start gap-2">
          <span className="mt-1.5 size-1.5 shrink-0 rounded-full bg-warn" aria-hidden="true" />
          <span className="text-ink">{label}</span>
        </li>
      ))}
    </ul>
  );
}

function Check({ ok, label, hint }: { ok: boolean; label: string; hint: string }) {
  return (
    <li className="flex items-start gap-3" data-ok={ok}>
      <span
        className={cn("mt-0.5 grid size-5 shrink-0 place-items-center rounded-full", ok ? "bg-ok text-paper" : "border border-line bg-paper-deep text-muted")}
        aria-hidden="true"
      >
        {ok ? <CheckIcon className="size-3" /> : <span className="size-1.5 rounded-full bg-muted/60" />}
      </span>
      <span className="text-sm">
        <span className={cn("font-medium", ok ? "text-ink" : "text-ink-soft")}>
          {label}
          <span className="sr-only">{ok ? ": yes" : ": not yet"}</span>
        </span>
        <span className="block text-xs text-muted">{hint}</span>
      </span>
    </li>
  );
}

function CheckIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" className={className}>
      <path d="M3.5 8.5l3 3 6-7" />
    </svg>
  );
}
