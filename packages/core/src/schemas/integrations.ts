import { z } from "zod";
import { PAID_PLANS } from "../plans/features.ts";

const provider = z
  .string()
  .trim()
  .min(1, "Choose an integration.")
  .max(40, "Unknown integration.")
  .regex(/^[a-z0-9-]+$/, "Unknown integration.");

/** Connecting an integration with credentials: which one, and its fields (each adapter validates its own). */
export const connectIntegrationSchema = z.object({
  provider,
  credentials: z.record(z.string().max(40), z.string().max(500, "That is longer than any key we know.")),
});
export const integrationProviderSchema = z.object({ provider });

/** Upgrading: which paid plan to subscribe to. */
export const planCheckoutSchema = z.object({ plan: z.enum(PAID_PLANS, "Choose the Pro or Business plan.") });
