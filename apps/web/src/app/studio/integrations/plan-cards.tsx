"use client";

import type { RouterOutputs } from "@atelier/api";
import { formatPrice } from "@atelier/core/money";
import { Alert, Badge, Button, Card, cn } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/react";

type Overview = RouterOutputs["plan"]["current"];

const day = (d: Date | string) => new Date(d).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** Free / Pro / Business: the current one marked, upgrade through Stripe Checkout, cancel at the period end or resume. */
export function PlanCards({ overview }: { overview: Overview }) {
  const trpc = useTRPC();
  const router = useRouter();
  const checkout = useMutation(trpc.plan.checkout.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }));
  const cancel = useMutation(trpc.plan.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  const resume = useMutation(trpc.plan.resume.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = checkout.error ?? cancel.error ?? resume.error;
  const paid = overview.plan !== "FREE";

  return (
    <div className="mt-4 space-y-4">
      {paid && overview.currentPeriodEnd ? (
        <p className="text-sm text-ink-soft" data-testid="plan-period">
          {overview.cancelAtPeriodEnd
            ? `Your ${overview.name} plan ends on ${day(overview.currentPeriodEnd)}; after that you are on Free.`
            : `Your ${overview.name} plan renews on ${day(overview.currentPeriodEnd)}.`}
        </p>
      ) : null}
      {error ? <Alert>{error.message}</Alert> : null}
      <ul className="grid gap-4 md:grid-cols-3">
        {overview.plans.map((p) => {
          const current = p.id === overview.plan;
          return (
            <li key={p.id}>
              <Card className={cn("flex h-full flex-col gap-3 p-5", current && "ring-2 ring-ink")} data-testid={`plan-${p.id.toLowerCase()}`}>
                <div className="flex items-center justify-between gap-2">
                  <h3 className="text-xl">{p.name}</h3>
                  {current ? <Badge tone="ok">Your plan</Badge> : null}
                </div>
                <p className="text-2xl">
                  {p.monthlyPrice ? formatPrice(p.monthlyPrice, p.currency.toUpperCase()) : "Free"}
                  {p.monthlyPrice ? <span className="text-sm text-ink-soft"> / month</span> : null}
                </p>
                <p className="text-sm text-ink-soft">{p.summary}</p>
                <ul className="list-disc space-y-1 pl-5 text-sm">
                  {p.highlights.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
                <div className="mt-auto pt-2">
                  {current && paid ? (
                    overview.cancelAtPeriodEnd ? (
                      <Button variant="secondary" disabled={resume.isPending} onClick={() => resume.mutate()}>
                        Keep {p.name}
                      </Button>
                    ) : (
                      <Button variant="ghost" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
                        Cancel at period end
                      </Button>
                    )
                  ) : !current && p.id !== "FREE" && !paid ? (
                    <Button disabled={checkout.isPending || checkout.isSuccess} onClick={() => checkout.mutate({ plan: p.id as "PRO" | "BUSINESS" })}>
                      {checkout.isPending || checkout.isSuccess ? "Opening Stripe…" : `Upgrade to ${p.name}`}
                    </Button>
                  ) : null}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
