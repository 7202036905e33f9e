import { eventType } from "inngest";
import { z } from "zod";

/**
 * The typed event catalogue: the one module both senders (the domain, webhooks) and the durable
 * functions import, so senders never depend on the functions that consume their events. Each event
 * is an Inngest `eventType` with a zod schema; the TypeScript types below are derived from those
 * schemas, never written by hand.
 */
export const userSignedUp = eventType("atelier/user.signed-up", {
  schema: z.object({ userId: z.string(), email: z.string() }),
});

const to = z.email();
const name = z.string().min(1).max(200);
const minor = z.number().int().nonnegative();

const enquiryMailProps = z.object({
  displayName: name,
  senderName: name,
  artworkTitle: z.string().min(1).max(200),
  message: z.string().min(1).max(2000),
  threadUrl: z.url(),
});

/** One templated mail to one recipient. The `send-email` function renders, stores and delivers it. */
export const emailSchema = z.discriminatedUnion("template", [
  z.object({ template: z.literal("application-submitted"), to, props: z.object({ displayName: name }) }),
  z.object({ template: z.literal("application-approved"), to, props: z.object({ displayName: name, studioUrl: z.url() }) }),
  z.object({
    template: z.literal("application-rejected"),
    to,
    props: z.object({ displayName: name, reason: z.string().min(1).max(2000), applyUrl: z.url() }),
  }),
  z.object({
    template: z.literal("artwork-reviewed"),
    to,
    props: z.object({
      displayName: name,
      title: z.string().min(1).max(200),
      decision: z.enum(["approved", "changes_requested", "rejected"]),
      note: z.string().max(2000).optional(),
      url: z.url(),
    }),
  }),
  z.object({ template: z.literal("payouts-ready"), to, props: z.object({ displayName: name, paymentsUrl: z.url() }) }),
  z.object({ template: z.literal("payouts-disabled"), to, props: z.object({ displayName: name, paymentsUrl: z.url() }) }),
  z.object({
    template: z.literal("payout-paid"),
    to,
    props: z.object({ displayName: name, amount: z.number().int().nonnegative(), currency: z.string().length(3), paymentsUrl: z.url() }),
  }),
  z.object({
    template: z.literal("payout-failed"),
    to,
    props: z.object({
      displayName: name,
      amount: z.number().int().nonnegative(),
      currency: z.string().length(3),
      reason: z.string().min(1).max(500),
      paymentsUrl: z.url(),
    }),
  }),
  // money (helper E): refunds and disputes
  z.object({
    template: z.literal("refund-issued"),
    to,
    props: z.object({
      displayName: name,
      orderNumber: z.string().min(1).max(40),
      itemTitle: z.string().min(1).max(200),
      amount: z.number().int().positive(),
      currency: z.string().length(3),
      orderUrl: z.url(),
    }),
  }),
  z.object({
    template: z.literal("dispute-opened"),
    to,
    props: z.object({
      displayName: name,
      orderNumber: z.string().min(1).max(40),
      amount: z.number().int().positive(),
      currency: z.string().length(3),
      reason: z.string().min(1).max(200),
      forAdmin: z.boolean(),
      url: z.url(),
    }),
  }),
  z.object({ template: z.literal("verify-email"), to, props: z.object({ displayName: name, verifyUrl: z.url() }) }),
  z.object({ template: z.literal("reset-password"), to, props: z.object({ displayName: name, resetUrl: z.url() }) }),
  z.object({ template: z.literal("sign-up-attempt"), to, props: z.object({ displayName: name, signInUrl: z.url(), resetUrl: z.url() }) }),
  z.object({ template: z.literal("password-changed"), to, props: z.object({ displayName: name, resetUrl: z.url() }) }),
  // checkout: receipts
  z.object({
    template: z.literal("order-receipt"),
    to,
    props: z.object({
      displayName: name,
      orderNumber: z.string().min(1).max(40),
      currency: z.string().length(3),
      items: z.array(z.object({ title: z.string().min(1).max(200), artistName: name, quantity: z.number().int().positive(), amount: minor })).min(1),
      shippingAmount: minor,
      totalAmount: minor,
      shipTo: z.string().min(1).max(80),
      orderUrl: z.url(),
    }),
  }),
  z.object({
    template: z.literal("sale-made"),
    to,
    props: z.object({
      displayName: name,
      orderNumber: z.string().min(1).max(40),
      currency: z.string().length(3),
      items: z
        .array(
          z.object({
            title: z.string().min(1).max(200),
            quantity: z.number().int().positive(),
            amount: minor,
            shippingAmount: minor,
            commissionAmount: minor,
            artistAmount: minor,
          }),
        )
        .min(1),
      artistAmount: minor,
      shipTo: z.string().min(1).max(80),
      salesUrl: z.url(),
    }),
  }),
  // shipping: the buyer is told an item is on its way
  z.object({
    template: z.literal("item-shipped"),
    to,
    props: z.object({
      displayName: name,
      orderNumber: z.string().min(1).max(40),
      title: z.string().min(1).max(200),
      artistName: name,
      carrier: z.string().min(1).max(60),
      trackingNumber: z.string().min(1).max(64),
      orderUrl: z.url(),
      autoConfirmDays: z.number().int().positive(),
    }),
  }),
  // stores: an application to run a store, its review, and listings paused when an artist's terms changed
  z.object({ template: z.literal("store-application-submitted"), to, props: z.object({ storeName: name }) }),
  z.object({ template: z.literal("store-application-approved"), to, props: z.object({ storeName: name, storeUrl: z.url() }) }),
  z.object({
    template: z.literal("store-application-rejected"),
    to,
    props: z.object({ storeName: name, reason: z.string().min(1).max(2000), applyUrl: z.url() }),
  }),
  z.object({
    template: z.literal("listings-paused"),
    to,
    props: z.object({
      storeName: name,
      listings: z.array(z.object({ title: z.string().min(1).max(200), product: z.string().min(1).max(200), reason: z.string().min(1).max(2000) })).min(1),
      storeUrl: z.url(),
    }),
  }),
  // invoices: the hosted link to the buyer (sent, resent, reminded), and "paid" to the artist
  z.object({
    template: z.literal("invoice-issued"),
    to,
    props: z.object({
      buyerName: name,
      artistName: name,
      reference: z.string().min(1).max(40),
      currency: z.string().length(3),
      totalAmount: minor,
      dueDate: z.iso.datetime(),
      payUrl: z.url(),
      lines: z
        .array(z.object({ title: z.string().min(1).max(200), amount: minor }))
        .min(1)
        .max(100),
      memo: z.string().max(2000),
      kind: z.enum(["new", "reminder-before", "reminder-after"]),
      part: z.enum(["FULL", "DEPOSIT", "BALANCE"]),
    }),
  }),
  z.object({
    template: z.literal("invoice-paid"),
    to,
    props: z.object({
      displayName: name,
      buyerName: name,
      reference: z.string().min(1).max(40),
      currency: z.string().length(3),
      totalAmount: minor,
      artistAmount: minor,
      invoicesUrl: z.url(),
    }),
  }),
  // licensed products: a print or product sold, to the artist (royalty / own shop) and to the store owner (share); the lab ships it
  z.object({
    template: z.literal("product-sold"),
    to,
    props: z.object({
      displayName: name,
      role: z.enum(["ARTIST", "STORE"]),
      orderNumber: z.string().min(1).max(40),
      currency: z.string().length(3),
      items: z
        .array(z.object({ title: z.string().min(1).max(200), quantity: z.number().int().positive(), chargedAmount: minor, yourAmount: minor, seller: name }))
        .min(1),
      yourAmount: minor,
      dashboardUrl: z.url(),
    }),
  }),
  // stores: an admin removed the owner's selling rights (STORE_OWNER); their active listings were paused
  z.object({
    template: z.literal("store-rights-removed"),
    to,
    props: z.object({ storeName: name, pausedCount: z.number().int().nonnegative() }),
  }),
  // enquiries: a message in a collector ↔ artist thread, mailed to the other party (the thread itself lives in Atelier)
  z.object({ template: z.literal("enquiry-received"), to, props: enquiryMailProps }),
  z.object({ template: z.literal("enquiry-reply"), to, props: enquiryMailProps }),
  // saved searches: a collector's daily digest of new works matching their saved searches
  z.object({
    template: z.literal("saved-search-digest"),
    to,
    props: z.object({
      displayName: name,
      searches: z
        .array(
          z.object({
            name: z.string().min(1).max(120),
            resultsUrl: z.url(),
            unsubscribeUrl: z.url(),
            more: z.number().int().nonnegative(),
            works: z.array(z.object({ title: z.string().min(1).max(200), artistName: name, price: z.string().min(1).max(40), url: z.url() })).min(1),
          }),
        )
        .min(1),
      manageUrl: z.url(),
    }),
  }),
]);
export type EmailRequest = z.infer<typeof emailSchema>;
export type EmailTemplate = EmailRequest["template"];

export const emailRequested = eventType("atelier/email.requested", { schema: emailSchema });

/** An application was approved: the artist gets a Stripe Connect account (create-connect-account). */
export const artistApproved = eventType("atelier/artist.approved", {
  schema: z.object({ userId: z.string(), profileId: z.string() }),
});

/**
 * An artwork was published, edited, or left the public catalogue (unpublished, archived, rejected…):
 * embed-artwork brings its embedding up to date (or deletes it). Data says which artwork only.
 */
export const artworkChanged = eventType("atelier/artwork.changed", {
  schema: z.object({ artworkId: z.string().min(1) }),
});

// ---------- saved searches and alerts ----------
/** An artwork entered the public catalogue (approved, or republished): match-saved-searches records who is waiting for it. */
export const artworkPublished = eventType("atelier/artwork.published", {
  schema: z.object({ artworkId: z.string().min(1) }),
});
/** A user has new saved-search matches: send-saved-search-digest mails them once the next digest is due (at most one a day). */
export const savedSearchDigestDue = eventType("atelier/saved-search.digest-due", {
  schema: z.object({ userId: z.string().min(1) }),
});
/** Daily (packages/jobs/src/schedule.ts), or an admin's "send due digests now": every user whose digest is due gets it. */
export const savedSearchDigestsRequested = eventType("atelier/saved-search.digests-requested", {
  schema: z.object({ reason: z.enum(["daily", "admin"]) }),
});
export const savedSearchEvents = [artworkPublished, savedSearchDigestDue, savedSearchDigestsRequested] as const;

/**
 * A verified Stripe webhook, stored as a StripeEvent row and handed over under the name
 * `stripe/<type>` with the Stripe event id as the event id. Functions re-read the row (and Stripe):
 * the data only says which event to look at.
 */
export const stripeEventSchema = z.object({
  stripeEventId: z.string().startsWith("evt_"),
  type: z.string(),
  /** the connected account it happened on (Connect events), else null */
  account: z.string().nullable(),
  /** id of data.object (acct_…, po_…, …) */
  objectId: z.string().nullable(),
});
export type StripeEventData = z.infer<typeof stripeEventSchema>;

/** The catalogue entry for one Stripe event type. Which types are handed over follows from the functions' triggers. */
export const stripeEvent = <T extends string>(type: T) => eventType(`stripe/${type}`, { schema: stripeEventSchema });
export const stripeAccountEvents = [
  stripeEvent("account.updated"),
  stripeEvent("account.application.deauthorized"),
  stripeEvent("capability.updated"),
] as const;
export const stripePayoutEvents = [
  stripeEvent("payout.created"),
  stripeEvent("payout.updated"),
  stripeEvent("payout.paid"),
  stripeEvent("payout.failed"),
  stripeEvent("payout.canceled"),
] as const;

/** A Checkout Session opened for an order: expire-checkout sleeps until it expires (+ grace), then releases the hold if unpaid. */
export const checkoutOpened = eventType("atelier/checkout.opened", {
  schema: z.object({ orderId: z.string().min(1), expiresAt: z.iso.datetime() }),
});
/** An order became PAID (sent by fulfilment in the same transaction): transfers (E) and receipts consume it. */
export const orderPaid = eventType("atelier/order.paid", { schema: z.object({ orderId: z.string().min(1) }) });
/** The Stripe events that pay an order (either may arrive first; both may arrive). */
export const stripeOrderPaidEvents = [stripeEvent("checkout.session.completed"), stripeEvent("payment_intent.succeeded")] as const;
export const stripeCheckoutExpiredEvents = [stripeEvent("checkout.session.expired")] as const;
/** A seller's plan subscription changed at Stripe: sync-seller-plan re-reads it and sets the plan. */
export const stripeSubscriptionEvents = [
  stripeEvent("customer.subscription.created"),
  stripeEvent("customer.subscription.updated"),
  stripeEvent("customer.subscription.deleted"),
] as const;
/** An outside assistant held a work (MCP hold_artwork): release-agent-hold gives it back at expiresAt unless it was checked out. */
export const agentHoldPlaced = eventType("atelier/agent-hold.placed", {
  schema: z.object({ holdId: z.string().min(1), expiresAt: z.iso.datetime() }),
});
export const checkoutEvents = [checkoutOpened, orderPaid, agentHoldPlaced] as const;
// ---------- money ----------
/** A refund was asked for (admin, artist, or learnt from Stripe's dashboard): process-refund carries it out. */
export const refundRequested = eventType("atelier/refund.requested", { schema: z.object({ refundId: z.string().min(1) }) });
/** A connected account became payable (or a dispute was won): unpark-transfers retries the user's parked transfers. */
export const transfersUnparked = eventType("atelier/transfers.unparked", { schema: z.object({ userId: z.string().min(1) }) });
export const stripeChargeRefunded = stripeEvent("charge.refunded");
export const stripeDisputeEvents = [stripeEvent("charge.dispute.created"), stripeEvent("charge.dispute.closed")] as const;
export const moneyEvents = [refundRequested, transfersUnparked] as const;

export function refundRequestedEvent(refundId: string): EventNamed<"atelier/refund.requested"> {
  return { name: refundRequested.name, data: { refundId }, id: `refund-requested:${refundId}` };
}
export function transfersUnparkedEvent(userId: string, cause: string): EventNamed<"atelier/transfers.unparked"> {
  return { name: transfersUnparked.name, data: { userId }, id: `transfers-unparked:${userId}:${cause}` };
}
// ---------- invoices ----------
/** An invoice became PAID (sent by syncInvoice in the same transaction): the artist and the buyer are mailed. */
export const invoicePaid = eventType("atelier/invoice.paid", { schema: z.object({ invoiceId: z.string().min(1) }) });
/** The hourly invoice sweep: reminders before and after the due date, and voiding what is past its grace period. */
export const invoiceSweepRequested = eventType("atelier/invoices.sweep-requested", { schema: z.object({ reason: z.string().max(40) }) });
/** The Stripe events that move an invoice (re-read from Stripe; order not guaranteed). */
export const stripeInvoiceEvents = [
  stripeEvent("invoice.finalized"),
  stripeEvent("invoice.paid"),
  stripeEvent("invoice.payment_failed"),
  stripeEvent("invoice.voided"),
  stripeEvent("invoice.marked_uncollectible"),
] as const;
export const invoiceEvents = [invoicePaid, invoiceSweepRequested] as const;
// ---------- shipping and delivery ----------
/** An artist marked one order item shipped: the buyer is mailed the carrier and tracking number (notify-item-shipped). */
export const orderItemShipped = eventType("atelier/order-item.shipped", {
  schema: z.object({ orderItemId: z.string().min(1) }),
});
/**
 * Periodic (hourly, see packages/jobs/src/schedule.ts): confirm-delivery marks items DELIVERED whose buyer has not
 * confirmed them `afterDays` after shipping (DELIVERY_AUTO_CONFIRM_DAYS, read by the sender from its settings).
 */
export const deliveriesSweepRequested = eventType("atelier/deliveries.sweep-requested", {
  schema: z.object({ afterDays: z.number().int().positive() }),
});

// ---------- licensing ----------
/**
 * An artist changed their licensing terms (artworkId null) or one artwork's override. Listings of the work(s)
 * are re-checked against the new terms (core/licensing/compliance.ts); those that no longer comply are paused
 * and their store told why. Sales already made keep the terms they snapshot.
 */
export const licensingTermsChanged = eventType("atelier/licensing-terms.changed", {
  schema: z.object({ artistId: z.string().min(1), artworkId: z.string().min(1).nullable(), version: z.number().int().positive() }),
});
export function licensingTermsChangedEvent(artistId: string, artworkId: string | null, version: number): EventNamed<"atelier/licensing-terms.changed"> {
  return { name: licensingTermsChanged.name, data: { artistId, artworkId, version }, id: `licensing-terms:${artistId}:${artworkId ?? "all"}:v${version}` };
}

// ---------- product mockups ----------
/**
 * An artwork's mockups may be out of date (its licensing terms changed, or the demo seed's backfill found them
 * missing): generate-mockups brings them up to date. It also runs on atelier/artwork.published and .changed.
 */
export const mockupsRequested = eventType("atelier/mockups.requested", {
  schema: z.object({ artworkId: z.string().min(1) }),
});
/**
 * Draw every public work's missing or stale mockups, one work after another in one run (so a backfill of the whole
 * catalogue holds one worker slot, not all of them): `./atelier dev` asks after seeding the demo catalogue.
 */
export const mockupsBackfillRequested = eventType("atelier/mockups.backfill-requested", {
  schema: z.object({ reason: z.enum(["seed", "admin"]) }),
});
/** `key` names the work asked for (a version, a hash), so the same request twice runs once. */
export function mockupsRequestedEvent(artworkId: string, key: string): EventNamed<"atelier/mockups.requested"> {
  return { name: mockupsRequested.name, data: { artworkId }, id: `mockups:${artworkId}:${key}` };
}

// ---------- fulfilment by a print lab ----------
/** A verified print-lab webhook was stored (PrintLabEvent): apply-print-lab-event moves its fulfilment forward. */
export const printLabEventReceived = eventType("atelier/print-lab.event-received", {
  schema: z.object({ printLabEventId: z.string().min(1) }),
});
/** An order item with a recorded print fulfilment is paid: submit-print-order sends it to the lab (once per item). */
export const printLabSubmitRequested = eventType("atelier/print-lab.submit-requested", {
  schema: z.object({ orderItemId: z.string().min(1) }),
});
export const printLabEvents = [printLabEventReceived, printLabSubmitRequested] as const;

export function printLabEventReceivedEvent(printLabEventId: string): EventNamed<"atelier/print-lab.event-received"> {
  return { name: printLabEventReceived.name, data: { printLabEventId }, id: `print-lab-event:${printLabEventId}` };
}
export function printLabSubmitRequestedEvent(orderItemId: string): EventNamed<"atelier/print-lab.submit-requested"> {
  return { name: printLabSubmitRequested.name, data: { orderItemId }, id: `print-lab-submit:${orderItemId}` };
}
// ---------- exchange rates ----------
/**
 * Periodic (every few hours, see packages/jobs/src/schedule.ts, only when EXCHANGE_RATES_URL is set):
 * refresh-exchange-rates downloads the reference-rate feed and stores the day's rates.
 */
export const exchangeRatesRefreshRequested = eventType("atelier/exchange-rates.refresh-requested", {
  schema: z.object({ reason: z.enum(["scheduled", "admin"]) }),
});

/** The name a Stripe event type is handed over under, and back. */
export const stripeEventName = (type: string) => `stripe/${type}` as const;

/** Every Atelier event (Stripe's are added by `stripeEvent`). */
export const atelierEvents = [
  userSignedUp,
  emailRequested,
  artistApproved,
  artworkChanged,
  ...checkoutEvents,
  ...moneyEvents,
  ...invoiceEvents,
  orderItemShipped,
  deliveriesSweepRequested,
  ...savedSearchEvents,
  licensingTermsChanged,
  mockupsRequested,
  mockupsBackfillRequested,
  ...printLabEvents,
  exchangeRatesRefreshRequested,
] as const;

/** What a sender hands over for one catalogue entry: its name, its data (the schema's output), and an optional id. */
export type EventOf<E> = E extends { name: infer N extends string; schema: infer S extends z.ZodType } ? { name: N; data: z.output<S>; id?: string } : never;

/** Any event a sender may send: derived from the schemas above. Same id twice → each function runs once. */
export type CatalogueEvent = EventOf<(typeof atelierEvents)[number]> | EventOf<ReturnType<typeof stripeEvent<string>>>;
export type CatalogueEventName = CatalogueEvent["name"];
export type EventNamed<N extends string> = Extract<CatalogueEvent, { name: N }>;

export type EmailRequestedEvent = EventNamed<"atelier/email.requested">;
export type StripeCatalogueEvent = EventOf<ReturnType<typeof stripeEvent<string>>>;

/** Builds an artwork-changed event; the id is unique per change (embed-artwork itself skips unchanged content). */
export function artworkChangedEvent(artworkId: string, at: Date = new Date()): EventNamed<"atelier/artwork.changed"> {
  return { name: artworkChanged.name, data: { artworkId }, id: `artwork-changed:${artworkId}:${at.getTime()}` };
}

/** Builds a typed email event (validated against the catalogue schema). */
export function emailEvent(data: EmailRequest, id?: string): EmailRequestedEvent {
  return { name: emailRequested.name, data: emailSchema.parse(data), id };
}

/** Builds the hand-over of a stored Stripe event. */
export function stripeCatalogueEvent(data: StripeEventData, id: string): StripeCatalogueEvent {
  return { name: stripeEventName(data.type), data: stripeEventSchema.parse(data), id };
}

/** Builds an artwork-published event (one per publication; matching is idempotent per user and work). */
export function artworkPublishedEvent(artworkId: string, at: Date = new Date()): EventNamed<"atelier/artwork.published"> {
  return { name: artworkPublished.name, data: { artworkId }, id: `artwork-published:${artworkId}:${at.getTime()}` };
}
