import type { Db } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import type { CoreSettings } from "../env.ts";
import type Stripe from "stripe";
import { requirePayments } from "../payments/stripe-errors.ts";

export interface InvoiceDeps {
  db: Db;
  /** the Stripe client (or the sandbox's); null on a server without payments: invoice actions then say so */
  stripe: Stripe | null;
  events: EventSender;
  now: () => Date;
  /** public origin, for links in mails */
  appUrl: string;
}

/** Making invoices also needs the platform's fee. */
export interface InvoiceCreateDeps extends InvoiceDeps {
  settings: Pick<CoreSettings, "COMMISSION_INVOICES_BPS">;
}

/** The Stripe client, or the clear "payments are not configured" error. */
export function stripeOf(deps: Pick<InvoiceDeps, "stripe">): Stripe {
  return deps.stripe ?? requirePayments(null).stripe;
}

/** An invoice's status only moves forward: the rank of each, and which may follow which. */
export const INVOICE_NEXT: Record<string, readonly string[]> = {
  DRAFT: ["OPEN", "PAID", "VOID", "UNCOLLECTIBLE"],
  OPEN: ["PAID", "VOID", "UNCOLLECTIBLE"],
  // Stripe lets an uncollectible invoice still be paid (or voided)
  UNCOLLECTIBLE: ["PAID", "VOID"],
  PAID: [],
  VOID: [],
};

export function canMove(from: string, to: string): boolean {
  return INVOICE_NEXT[from]?.includes(to) ?? false;
}
