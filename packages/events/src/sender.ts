import type { Prisma } from "@atelier/db";
import type { CatalogueEvent } from "./catalogue.ts";

/** What the API depends on to emit background work. Implementations: Inngest, or the in-process JobRun queue. */
export interface EventSender {
  /**
   * Whether some durable function is triggered by events of this name. Derived from the functions'
   * triggers by whoever runs them, so nobody keeps a list of handled events by hand (the webhook
   * stores every verified Stripe event and hands over only the ones something consumes).
   */
  consumes(eventName: string): boolean;
  send(event: CatalogueEvent | CatalogueEvent[]): Promise<{ ids: string[] }>;
  /**
   * Optional (the in-process queue has it): queue events inside the caller's transaction, so they
   * commit or roll back with the change that caused them. Returns a callback to run after commit.
   */
  enqueueInTransaction?(tx: Prisma.TransactionClient, event: CatalogueEvent | CatalogueEvent[]): Promise<() => void>;
}

/** A sender that refuses: for contexts that were built without one (it fails loudly instead of dropping mail). */
export const missingEventSender: EventSender = {
  consumes: () => false,
  async send() {
    throw new Error("No event sender configured for this context");
  },
};

/**
 * Queues events with the transaction when the sender can, else after commit. Call inside the
 * transaction; run the returned function after it committed.
 */
export async function eventsWithTransaction(
  sender: EventSender,
  tx: Prisma.TransactionClient,
  event: CatalogueEvent | CatalogueEvent[],
): Promise<() => Promise<void>> {
  if (sender.enqueueInTransaction) {
    const afterCommit = await sender.enqueueInTransaction(tx, event);
    return async () => afterCommit();
  }
  return async () => {
    await sender.send(event);
  };
}
