import type { AddressInfo } from "node:net";
import { Engine, signPayload, type WebhookTarget } from "./engine.ts";
import { checkoutPage } from "./pages/checkout.ts";
import { invoicePage } from "./pages/invoice.ts";
import { dashboardPage } from "./pages/dashboard.ts";
import { helperRoutes } from "./pages/helpers.ts";
import { onboardingPage } from "./pages/onboarding.ts";
import { Faults, type Fault, type FaultSpec } from "./faults.ts";
import { accountRoutes } from "./resources/accounts.ts";
import { balanceRoutes } from "./resources/balance.ts";
import { checkoutRoutes } from "./resources/checkout.ts";
import { expireDueSessions } from "./resources/checkout-pay.ts";
import { customerRoutes } from "./resources/customers.ts";
import { disputeRoutes } from "./resources/disputes.ts";
import { invoiceItemRoutes } from "./resources/invoice-items.ts";
import { finalizeDueInvoices, invoiceRoutes } from "./resources/invoices.ts";
import { eventRoutes } from "./resources/events.ts";
import { paymentRoutes } from "./resources/payments.ts";
import { payoutRoutes } from "./resources/payouts.ts";
import { refundRoutes } from "./resources/refunds.ts";
import { transferRoutes } from "./resources/transfers.ts";
import { renewOrEndDue, subscriptionRoutes } from "./resources/subscriptions.ts";
import { createServer } from "./server.ts";
import { Store, type DeliveryRecord } from "./store.ts";

export type { WebhookTarget, DeliveryRecord, Fault, FaultSpec };
export { signPayload };

export interface SandboxOptions {
  /** 0 = a free port (default) */
  port?: number;
  host?: string;
  /** the API key it accepts (default sk_test_atelier_sandbox) */
  secretKey?: string;
  /** base of hosted page URLs (default: the sandbox's own URL) */
  publicUrl?: string;
  /** persist all state as JSON here (atomic writes); omitted → memory only */
  stateFile?: string;
  webhooks?: WebhookTarget[];
  /** delays before retry 1, 2, …; after the last, a delivery is failed */
  retryScheduleMs?: number[];
  /** a payout goes pending → in_transit → paid over this long */
  payoutDelayMs?: number;
  feePercentBps?: number;
  feeFixed?: number;
  /** Stripe's dispute fee in minor units (default 1500; 2000 for zero-decimal currencies) */
  disputeFee?: number;
  disputeFeeZeroDecimal?: number;
  log?: (line: string) => void;
}

export interface StripeSandbox {
  url: string;
  host: string;
  port: number;
  secretKey: string;
  /** for the official SDK: new Stripe(sandbox.secretKey, sandbox.stripeConfig) */
  stripeConfig: { host: string; port: number; protocol: "http" };
  addWebhookTarget(t: WebhookTarget): void;
  /** resolves when no webhook delivery is in flight or due within `withinMs` (default 2 s, so short retry schedules finish) */
  flushWebhooks(opts?: { timeoutMs?: number; withinMs?: number }): Promise<void>;
  deliveries(): DeliveryRecord[];
  /** fault injection (also `POST /__sandbox/faults`): see src/faults.ts */
  faults: { add(spec: FaultSpec): Fault; clear(): void };
  /** the sandbox clock in Unix seconds, and moving it forward (expiries, idempotency windows) */
  now(): number;
  advanceClock(seconds: number): void;
  close(): Promise<void>;
}

export function sandboxStripeConfig(url: string): { host: string; port: number; protocol: "http" } {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 80), protocol: "http" };
}

/** Starts the local Stripe sandbox (see README.md in this package). */
export async function startStripeSandbox(opts: SandboxOptions = {}): Promise<StripeSandbox> {
  const host = opts.host ?? "127.0.0.1";
  const secretKey = opts.secretKey ?? "sk_test_atelier_sandbox";
  const store = new Store(opts.stateFile);
  const engineOpts = {
    publicUrl: opts.publicUrl ?? "",
    webhooks: [...(opts.webhooks ?? [])],
    retryScheduleMs: opts.retryScheduleMs ?? [1_000, 5_000, 30_000, 120_000, 600_000, 1_800_000],
    payoutDelayMs: opts.payoutDelayMs ?? 3_000,
    feePercentBps: opts.feePercentBps ?? 290,
    feeFixed: opts.feeFixed ?? 30,
    disputeFee: opts.disputeFee ?? 1_500,
    disputeFeeZeroDecimal: opts.disputeFeeZeroDecimal ?? 2_000,
    log: opts.log ?? ((l: string) => console.log(`[stripe sandbox] ${l}`)),
  };
  let engine: Engine | null = null;
  const faults = new Faults();
  const server = createServer(
    new Proxy({} as Engine, { get: (_t, k) => Reflect.get(engine!, k, engine) }),
    secretKey,
    [
      ...accountRoutes,
      ...paymentRoutes,
      ...balanceRoutes,
      ...refundRoutes,
      ...disputeRoutes,
      ...checkoutRoutes,
      ...customerRoutes,
      ...invoiceRoutes,
      ...invoiceItemRoutes,
      ...subscriptionRoutes,
      ...transferRoutes,
      ...payoutRoutes,
      ...eventRoutes,
    ],
    [helperRoutes, onboardingPage, dashboardPage, checkoutPage, invoicePage],
    faults,
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  engineOpts.publicUrl ||= url;
  engine = new Engine(store, engineOpts);
  engine.addSweep(expireDueSessions);
  engine.addSweep(finalizeDueInvoices);
  engine.addSweep(renewOrEndDue);
  return {
    url,
    host,
    port,
    secretKey,
    stripeConfig: sandboxStripeConfig(url),
    addWebhookTarget: (t) => engineOpts.webhooks.push(t),
    flushWebhooks: (o) => engine!.flush(o?.timeoutMs, o?.withinMs),
    deliveries: () => Object.values(store.state.deliveries),
    faults: { add: (spec) => faults.add(spec), clear: () => faults.clear() },
    now: () => store.now(),
    advanceClock: (seconds) => engine!.advanceClock(seconds),
    async close() {
      await engine!.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
