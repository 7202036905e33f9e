import type { IntegrationAdapter } from "../adapter.ts";

/** The Connect account Atelier opened for the artist: sales, payouts and (on Pro) invoices go through it. */
export const stripeConnectAdapter: IntegrationAdapter = {
  id: "stripe-connect",
  name: "Stripe Connect",
  logo: "/integrations/stripe.svg",
  description: "Get paid for sales through Atelier: checkout, payouts to your bank and hosted invoices, on the Stripe account Atelier set up with you.",
  category: "payments",
  invoicing: { hostedInvoices: true },
  connection: { kind: "platform-account", managePath: "/studio/payments" },
};
