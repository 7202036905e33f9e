import { eventType } from "inngest";
import { z } from "zod";

/**
 * The typed event catalogue: the one module both senders (api, webhooks) and the durable
 * functions import, so senders never depend on the functions that consume their events.
 */
export const userSignedUp = eventType("atelier/user.signed-up", {
  schema: z.object({ userId: z.string(), email: z.string() }),
});
