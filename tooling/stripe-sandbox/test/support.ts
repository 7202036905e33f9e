import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { startStripeSandbox, type SandboxOptions, type StripeSandbox } from "../src/index.ts";

/** A sandbox, an SDK client pointed at it, and a webhook receiver that checks every signature with the SDK. */
export interface World {
  sandbox: StripeSandbox;
  stripe: Stripe;
  /** every event delivered so far (signature verified by `constructEvent`) */
  events: Stripe.Event[];
  /** delivered events of one type, after the deliveries in flight have landed */
  eventsOf(type: string, filter?: (e: Stripe.Event) => boolean): Promise<Stripe.Event[]>;
  helper(path: string, body?: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
  /** an Express account that finished onboarding (card_payments + transfers active) */
  onboarded(): Promise<Stripe.Account>;
  /** a succeeded charge of `amount` on the platform */
  paidCharge(amount: number, currency?: string, transferGroup?: string): Promise<Stripe.Charge>;
  close(): Promise<void>;
}

const SECRET = "whsec_sandbox_world";

export async function startWorld(opts: SandboxOptions = {}): Promise<World> {
  const verifier = new Stripe("sk_test_verify_only");
  const events: Stripe.Event[] = [];
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      events.push(verifier.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers["stripe-signature"]), SECRET));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const sandbox = await startStripeSandbox({
    webhooks: [{ url: hook, secret: SECRET }],
    retryScheduleMs: [50],
    payoutDelayMs: 3_600_000,
    log: () => {},
    ...opts,
  });
  const stripe = new Stripe(sandbox.secretKey, { ...sandbox.stripeConfig, maxNetworkRetries: 0 });
  const helper = async (path: string, body: Record<string, unknown> = {}) => {
    const res = await fetch(`${sandbox.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    sandbox,
    stripe,
    events,
    helper,
    async eventsOf(type, filter = () => true) {
      await sandbox.flushWebhooks();
      return events.filter((e) => e.type === type && filter(e));
    },
    async onboarded() {
      const a = await stripe.accounts.create({
        type: "express",
        country: "IE",
        email: "artist@example.com",
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      });
      await helper(`/__sandbox/accounts/${a.id}/complete_onboarding`);
      return stripe.accounts.retrieve(a.id);
    },
    async paidCharge(amount, currency = "eur", transferGroup) {
      const pi = await stripe.paymentIntents.create({ amount, currency, payment_method: "pm_card_visa", confirm: true, transfer_group: transferGroup });
      return stripe.charges.retrieve(pi.latest_charge as string);
    },
    async close() {
      await sandbox.close();
      receiver.closeAllConnections();
      await new Promise((r) => receiver.close(r));
    },
  };
}

export const errorOf = async (p: Promise<unknown>) => (await p.then(() => null).catch((e: unknown) => e)) as Stripe.errors.StripeError;

export const post = (url: string, body: Record<string, string> = {}) =>
  fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(body) });

export const available = async (stripe: Stripe, account: string | undefined, currency = "eur") =>
  (await stripe.balance.retrieve({}, account ? { stripeAccount: account } : undefined)).available.find((b) => b.currency === currency)?.amount ?? 0;
