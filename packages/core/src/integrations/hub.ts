import type { Db } from "@atelier/db";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { cheapestPlanWith, PLANS, type PlanId } from "../plans/features.ts";
import { currentPlan } from "../plans/gate.ts";
import type { IntegrationAdapter } from "./adapter.ts";
import { credentialViews, type CredentialView } from "./credentials.ts";
import { integrationAdapters } from "./registry.ts";

export type TileState = "connected" | "pending" | "error" | "not-connected" | "locked" | "coming-soon";

export interface IntegrationTile {
  id: string;
  name: string;
  logo: string;
  description: string;
  category: IntegrationAdapter["category"];
  invoicing: boolean;
  state: TileState;
  /** a sentence about where it stands, e.g. "Connected: sk_test_…4242" */
  statusLabel: string;
  /** "Available on Pro", "Coming soon", or none */
  badge: string | null;
  action: { kind: "connect" | "manage" | "upgrade"; label: string; href: string | null } | null;
  /** the credential form's fields (credential tiles the plan allows) */
  fields: Extract<IntegrationAdapter["connection"], { kind: "credentials" }>["fields"] | null;
  credential: CredentialView | null;
}

export interface IntegrationHub {
  plan: { id: PlanId; name: string; paymentIntegrationLimit: number | null; paymentIntegrationsUsed: number };
  tiles: IntegrationTile[];
}

/** The hub at /studio/integrations: one tile per adapter, with the state and the action decided here (the page only shows them). */
export async function integrationHub(db: Db, userId: string): Promise<IntegrationHub> {
  const [plan, account, credentials] = await Promise.all([
    currentPlan(db, userId),
    db.connectAccount.findUnique({ where: { userId } }),
    credentialViews(db, userId),
  ]);
  const byProvider = new Map(credentials.map((c) => [c.provider, c]));
  const tiles = integrationAdapters.map((adapter): IntegrationTile => {
    const base = {
      id: adapter.id,
      name: adapter.name,
      logo: adapter.logo,
      description: adapter.description,
      category: adapter.category,
      invoicing: !!adapter.invoicing,
      fields: null,
      credential: null,
    };
    const c = adapter.connection;
    if (c.kind === "coming-soon") return { ...base, state: "coming-soon", statusLabel: "Not available yet", badge: "Coming soon", action: null };
    if (c.kind === "platform-account") {
      const manage = { kind: "manage" as const, label: "Manage", href: c.managePath };
      if (!account)
        return { ...base, state: "not-connected", statusLabel: "Not set up", badge: null, action: { kind: "connect", label: "Connect", href: c.managePath } };
      if (account.deauthorizedAt) return { ...base, state: "error", statusLabel: "Disconnected from Stripe: sales are stopped", badge: null, action: manage };
      if (canReceivePayments(account)) return { ...base, state: "connected", statusLabel: "Connected: ready to be paid", badge: null, action: manage };
      return { ...base, state: "pending", statusLabel: "Onboarding not finished", badge: null, action: manage };
    }
    const stored = byProvider.get(adapter.id) ?? null;
    if (adapter.requires && !plan.features[adapter.requires]) {
      const needed = cheapestPlanWith(adapter.requires);
      return {
        ...base,
        credential: stored,
        state: "locked",
        statusLabel: stored ? `Paused on the ${plan.name} plan (${stored.maskedHint} is still stored)` : `Not included in the ${plan.name} plan`,
        badge: `Available on ${needed.name}`,
        action: { kind: "upgrade", label: `Upgrade to ${needed.name}`, href: "/studio/integrations#plans" },
      };
    }
    if (!stored)
      return {
        ...base,
        fields: c.fields,
        state: "not-connected",
        statusLabel: "Not connected",
        badge: null,
        action: { kind: "connect", label: "Connect", href: null },
      };
    return {
      ...base,
      fields: c.fields,
      credential: stored,
      state: stored.status === "ERROR" ? "error" : "connected",
      statusLabel: stored.status === "ERROR" ? `Last test failed: ${stored.lastError ?? "unknown error"}` : `Connected: ${stored.maskedHint}`,
      badge: null,
      action: { kind: "manage", label: "Manage", href: null },
    };
  });
  const paymentIds = new Set(integrationAdapters.filter((a) => a.category === "payments" && a.connection.kind === "credentials").map((a) => a.id));
  return {
    plan: {
      id: plan.id,
      name: PLANS[plan.id].name,
      paymentIntegrationLimit: plan.paymentIntegrationLimit,
      paymentIntegrationsUsed: credentials.filter((c) => paymentIds.has(c.provider)).length,
    },
    tiles,
  };
}
