import type { AddressInfo } from "node:net";
import { Orders } from "./orders.ts";
import { createServer } from "./server.ts";
import { Store, type DeliveryRecord, type LabEvent, type LabOrder } from "./store.ts";
import { Webhooks, type WebhookTarget } from "./webhooks.ts";

export { SIGNATURE_HEADER, signPayload } from "./signature.ts";
export type { DeliveryRecord, LabEvent, LabOrder, WebhookTarget };

/** The API key the lab accepts unless told otherwise (published: the lab is a local stand-in). */
export const DEFAULT_API_KEY = "pl_test_atelier_print_lab";

export interface PrintLabOptions {
  /** 0 = a free port (default) */
  port?: number;
  host?: string;
  apiKey?: string;
  /** base of the tracking links (default: the lab's own URL) */
  publicUrl?: string;
  /** persist all state as JSON here; omitted → memory only */
  stateFile?: string;
  webhooks?: WebhookTarget[];
  /** how long an order stays in each state (default 15 s) */
  stepMs?: number;
  /** download print files when production starts; an unreadable file fails the order (default true) */
  fetchPrintFiles?: boolean;
  /** delays before retry 1, 2, …; after the last, a delivery is failed (default 1 s, 5 s, 30 s, 2 min, 10 min, 30 min) */
  retryScheduleMs?: number[];
  log?: (line: string) => void;
}

export interface PrintLab {
  url: string;
  apiKey: string;
  /** resolves when no webhook delivery is in flight or due within `withinMs` (default 2 s) */
  flushWebhooks(opts?: { timeoutMs?: number; withinMs?: number }): Promise<void>;
  deliveries(): DeliveryRecord[];
  events(): LabEvent[];
  order(idOrAtExternalId: string): LabOrder | undefined;
  /** moves an order to its next state now */
  advance(idOrAtExternalId: string): Promise<LabOrder>;
  /** delivers a stored event again, unchanged (a replay) */
  resend(eventId: string): void;
  close(): Promise<void>;
}

/** Starts the local print lab (see README.md in this package). */
export async function startPrintLab(opts: PrintLabOptions = {}): Promise<PrintLab> {
  const host = opts.host ?? "127.0.0.1";
  const apiKey = opts.apiKey ?? DEFAULT_API_KEY;
  const log = opts.log ?? ((l: string) => console.log(`[print lab] ${l}`));
  const store = new Store(opts.stateFile);
  const webhooks = new Webhooks(store, [...(opts.webhooks ?? [])], opts.retryScheduleMs ?? [1_000, 5_000, 30_000, 120_000, 600_000, 1_800_000], log);
  const ordersOpts = { stepMs: opts.stepMs ?? 15_000, fetchPrintFiles: opts.fetchPrintFiles ?? true, publicUrl: opts.publicUrl ?? "", log };
  const orders = new Orders(store, webhooks, ordersOpts);
  const server = createServer({ orders, webhooks, store, apiKey, log });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${(server.address() as AddressInfo).port}`;
  ordersOpts.publicUrl ||= url;
  return {
    url,
    apiKey,
    flushWebhooks: (o) => webhooks.flush(o?.timeoutMs, o?.withinMs),
    deliveries: () => Object.values(store.state.deliveries),
    events: () => Object.values(store.state.events),
    order: (id) => orders.find(id),
    advance: (id) => orders.advance(id),
    resend: (eventId) => {
      for (const t of webhooks.targets) webhooks.deliver(eventId, t.url);
    },
    async close() {
      orders.close();
      await webhooks.close();
      store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
