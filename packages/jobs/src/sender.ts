import type { CatalogueEvent } from "./events.ts";

/** What the API depends on to emit background work. Implementations: Inngest, or the in-process JobRun queue. */
export interface EventSender {
  send(event: CatalogueEvent | CatalogueEvent[]): Promise<{ ids: string[] }>;
}

/** A sender that refuses: for contexts that were built without one (it fails loudly instead of dropping mail). */
export const missingEventSender: EventSender = {
  async send() {
    throw new Error("No event sender configured for this context");
  },
};
