import type { Db } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import type { CoreSettings } from "../env.ts";
import type { RateLimitRule } from "../rate-limit/index.ts";

/** What the enquiry functions need: the API context satisfies it. */
export interface EnquiryDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
  /** public origin for the links in the mails, e.g. https://atelier.example */
  appUrl: string;
  settings: Pick<CoreSettings, "RATE_LIMIT_ENQUIRIES_PER_HOUR" | "RATE_LIMIT_ENQUIRY_MESSAGES_PER_HOUR">;
}

/** Per user: threads a collector may start an hour, and messages anyone may write into threads an hour (each one mails someone). */
export function enquiryRateLimits(settings: EnquiryDeps["settings"]) {
  return {
    newThreads: { name: "enquiry-new", limit: settings.RATE_LIMIT_ENQUIRIES_PER_HOUR, windowMs: 60 * 60_000 },
    messages: { name: "enquiry-message", limit: settings.RATE_LIMIT_ENQUIRY_MESSAGES_PER_HOUR, windowMs: 60 * 60_000 },
  } satisfies Record<string, RateLimitRule>;
}

/** Where each party reads a thread. */
export const threadPath = (side: "collector" | "artist", enquiryId: string) =>
  side === "artist" ? `/studio/enquiries/${enquiryId}` : `/account/enquiries/${enquiryId}`;
