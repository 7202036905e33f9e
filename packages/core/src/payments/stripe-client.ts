import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import Stripe from "stripe";
import { tracer } from "../observability/tracing.ts";

/** The API key the local payments sandbox accepts (tooling/stripe-sandbox). */
export const SANDBOX_SECRET_KEY = "sk_test_atelier_sandbox";
/** The webhook signing secret `pnpm dev` gives the sandbox and the app when STRIPE_WEBHOOK_SECRET is unset. */
export const SANDBOX_WEBHOOK_SECRET = "whsec_atelier_sandbox_signing_secret";

export interface PaymentsSettings {
  /** sk_test_… or sk_live_…: talk to Stripe */
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  /** the local sandbox's base URL (set by `pnpm dev` and the tests when STRIPE_SECRET_KEY is unset) */
  STRIPE_SANDBOX_URL?: string;
}

export interface PaymentsConfig {
  mode: "stripe" | "sandbox";
  stripe: Stripe;
  webhookSecret: string;
}

/**
 * The one Stripe client of the app: the official SDK, pointed at Stripe when a secret key is set,
 * else at the local sandbox through the SDK's host/port/protocol options (same code path above it).
 * Returns null when neither is configured (payments then answer a clear "not configured" error).
 */
export function paymentsFromSettings(settings: PaymentsSettings): PaymentsConfig | null {
  const common = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: "Atelier" } } as const;
  if (settings.STRIPE_SECRET_KEY) {
    if (!settings.STRIPE_WEBHOOK_SECRET) {
      throw new Error("STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (the whsec_… of your webhook endpoint, or of `stripe listen`)");
    }
    return { mode: "stripe", stripe: traced(new Stripe(settings.STRIPE_SECRET_KEY, common)), webhookSecret: settings.STRIPE_WEBHOOK_SECRET };
  }
  if (settings.STRIPE_SANDBOX_URL) {
    return {
      mode: "sandbox",
      stripe: traced(sandboxStripe(settings.STRIPE_SANDBOX_URL, common)),
      webhookSecret: settings.STRIPE_WEBHOOK_SECRET ?? SANDBOX_WEBHOOK_SECRET,
    };
  }
  return null;
}

/**
 * One span per Stripe API call (`stripe POST /v1/transfers`), from the SDK's own response event:
 * its start and end times, status, request id and idempotency key; under whatever span made the call.
 */
export function traced(stripe: Stripe): Stripe {
  stripe.on("response", (e: Stripe.ResponseEvent) => {
    const span = tracer().startSpan(`stripe ${e.method} ${e.path.replace(/\/(acct|cus|pi|ch|tr|re|po|cs|evt|in|pm)_[A-Za-z0-9]+/g, "/{$1}")}`, {
      kind: SpanKind.CLIENT,
      startTime: e.request_start_time,
      attributes: {
        "http.request.method": e.method,
        "url.path": e.path,
        "http.response.status_code": e.status,
        "stripe.request_id": e.request_id,
        ...(e.account ? { "stripe.account": e.account } : {}),
        ...(e.idempotency_key ? { "stripe.idempotency_key": e.idempotency_key } : {}),
      },
    });
    if (e.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${e.status}` });
    span.end(e.request_end_time);
  });
  return stripe;
}

/** The official SDK aimed at the local sandbox. */
export function sandboxStripe(sandboxUrl: string, extra: Stripe.StripeConfig = {}): Stripe {
  const url = new URL(sandboxUrl);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return new Stripe(SANDBOX_SECRET_KEY, { ...extra, host: url.hostname, port: url.port || (protocol === "https" ? 443 : 80), protocol });
}

/** Stands in where no Stripe client was configured: every call fails loudly instead of pretending. */
export const missingStripe: Stripe = new Proxy({} as Stripe, {
  get(_target, prop) {
    if (prop === "then") return undefined;
    throw new Error(
      `Payments are not configured (tried stripe.${String(prop)}): set STRIPE_SECRET_KEY, or run through \`pnpm dev\`, which starts the local sandbox`,
    );
  },
});
