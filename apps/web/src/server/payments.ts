import { paymentsFromSettings, type PaymentsConfig } from "@atelier/core/payments";
import { env } from "~/env";

const g = globalThis as unknown as { atelierPayments?: PaymentsConfig | null };

/**
 * Stripe through the official SDK: the real API when STRIPE_SECRET_KEY is set, else the local
 * sandbox that `pnpm dev` starts (STRIPE_SANDBOX_URL). Null when neither is set.
 * (No "server-only" import: instrumentation.ts loads the job runtime, which uses this.)
 */
export function getPayments(): PaymentsConfig | null {
  // the sandbox's webhook secret is published: only a demo (or development) may use it
  const sandboxAllowed = env.NODE_ENV !== "production" || env.ATELIER_DEMO;
  if (g.atelierPayments === undefined) g.atelierPayments = paymentsFromSettings(sandboxAllowed ? env : { ...env, STRIPE_SANDBOX_URL: undefined });
  return g.atelierPayments;
}

/** The public origin used in links the server makes (mails, Stripe return URLs) when no request is at hand. */
export function publicAppUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, "");
}
