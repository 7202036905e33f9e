import Stripe from "stripe";
import { z } from "zod";
import type { IntegrationAdapter } from "../adapter.ts";

const SECRET_KEY = /^sk_(test|live)_[A-Za-z0-9_]{8,}$/;
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9_+/=]{8,}$/;

const credentialsSchema = z.object({
  secretKey: z
    .string("Paste your Stripe secret key.")
    .trim()
    .min(1, "Paste your Stripe secret key.")
    .superRefine((k, ctx) => {
      if (SECRET_KEY.test(k)) return;
      ctx.addIssue({
        code: "custom",
        message: k.startsWith("pk_")
          ? "That is a publishable key (pk_…): paste the secret key (sk_test_… or sk_live_…)."
          : k.startsWith("rk_")
            ? "Restricted keys (rk_…) are not supported yet: paste a secret key (sk_test_… or sk_live_…)."
            : "A Stripe secret key starts with sk_test_ or sk_live_ followed by letters and digits.",
      });
    }),
  webhookSecret: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || WEBHOOK_SECRET.test(v), "A webhook signing secret starts with whsec_ (leave it empty if you have none)."),
});

/** `sk_test_…4242`: the key's mode and its last four characters, as Stripe's dashboard shows it. */
export function maskStripeKey(key: string): string {
  const prefix = key.match(/^(sk|rk|whsec)_(test_|live_)?/)?.[0] ?? "";
  return `${prefix}…${key.slice(-4)}`;
}

/** An artist's own Stripe account, by its secret key: for invoicing from their own Stripe. */
export const stripeKeysAdapter: IntegrationAdapter = {
  id: "stripe-keys",
  name: "Stripe (your own keys)",
  logo: "/integrations/stripe.svg",
  description:
    "Invoice collectors from your own Stripe account: paste a secret key (and your webhook signing secret). Stored encrypted; only its last four characters are shown.",
  category: "payments",
  requires: "paymentIntegrations",
  invoicing: { hostedInvoices: true },
  connection: {
    kind: "credentials",
    fields: [
      { name: "secretKey", label: "Secret key", placeholder: "sk_live_…", secret: true, help: "Dashboard → Developers → API keys" },
      {
        name: "webhookSecret",
        label: "Webhook signing secret",
        placeholder: "whsec_…",
        optional: true,
        secret: true,
        help: "Only if you send this account's webhooks to Atelier",
      },
    ],
    schema: credentialsSchema,
    mask: (c) => [maskStripeKey(c.secretKey!), c.webhookSecret ? `webhook ${maskStripeKey(c.webhookSecret)}` : null].filter(Boolean).join(" · "),
    /** Calls the Stripe API with the artist's key (the app's client, so offline the sandbox answers and judges the key). */
    async testConnection(deps, c) {
      if (!deps.stripe) return { ok: false, error: "Payments are not configured on this server, so the key cannot be tried." };
      try {
        const balance = await deps.stripe.balance.retrieve({}, { apiKey: c.secretKey!, maxNetworkRetries: 0 });
        const currencies = [...new Set(balance.available.map((b) => b.currency.toUpperCase()))].join(", ");
        return { ok: true, detail: `${balance.livemode ? "Live" : "Test"} mode key accepted${currencies ? ` (balance in ${currencies})` : ""}.` };
      } catch (e) {
        if (e instanceof Stripe.errors.StripeAuthenticationError) return { ok: false, error: `Stripe refused this key: ${e.message}` };
        if (e instanceof Stripe.errors.StripePermissionError) return { ok: false, error: `This key may not read the balance: ${e.message}` };
        if (e instanceof Stripe.errors.StripeError) return { ok: false, error: `Stripe answered: ${e.message}` };
        return { ok: false, error: `Stripe could not be reached: ${(e as Error).message}` };
      }
    },
  },
};
