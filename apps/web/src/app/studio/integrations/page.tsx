import { Alert, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { api } from "~/server/api";
import { IntegrationTiles } from "./integration-tiles";
import { PlanCards } from "./plan-cards";

export const metadata: Metadata = { title: "Integrations · Studio" };

type Search = { upgraded?: string };

export default async function StudioIntegrationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const caller = await api();
  const [hub, plan] = await Promise.all([caller.integrations.hub(), caller.plan.current()]);
  const justPaid = typeof sp.upgraded === "string" && plan.plan === "FREE";

  return (
    <div className={containerClass("py-12")}>
      <h1 className="text-4xl">Integrations</h1>
      <p className="mt-2 max-w-2xl text-ink-soft">
        Where you get paid and what you connect to Atelier. You are on the <span className="font-medium text-ink">{plan.name}</span> plan.
      </p>
      {justPaid ? (
        <Alert tone="info" className="mt-6">
          Thank you — Stripe is confirming your subscription. Your plan changes here as soon as it does (reload in a few seconds).
        </Alert>
      ) : null}
      <section aria-labelledby="tiles" className="mt-8">
        <h2 id="tiles" className="sr-only">
          Integrations
        </h2>
        <IntegrationTiles tiles={hub.tiles} />
      </section>
      <section id="plans" aria-labelledby="plans-title" className="mt-14">
        <h2 id="plans-title" className="text-2xl">
          Your plan
        </h2>
        <PlanCards overview={plan} />
      </section>
    </div>
  );
}
