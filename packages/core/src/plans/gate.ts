import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { featureLockedMessage, PLANS, type PlanDefinition, type PlanFeature, type PlanId } from "./features.ts";

/** The seller's plan as it stands now: no row (never subscribed) is Free. */
export async function currentPlan(db: Db, userId: string): Promise<PlanDefinition> {
  const row = await db.sellerPlan.findUnique({ where: { userId }, select: { plan: true } });
  return PLANS[(row?.plan ?? "FREE") as PlanId];
}

/**
 * The server-side plan gate: throws FORBIDDEN with a message naming the plan that unlocks the feature
 * ("Invoicing is available on the Pro plan — upgrade at /studio/integrations"). Call it in every procedure
 * that a plan unlocks, never only in the page.
 */
export async function assertPlanAllows(db: Db, userId: string, feature: PlanFeature): Promise<PlanDefinition> {
  const plan = await currentPlan(db, userId);
  if (!plan.features[feature]) throw new AppError("FORBIDDEN", featureLockedMessage(feature));
  return plan;
}
