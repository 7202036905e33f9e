import http from "node:http";
import { LabError, type Orders } from "./orders.ts";
import type { Store } from "./store.ts";
import type { Webhooks } from "./webhooks.ts";

/**
 * The lab's HTTP face. The API under /v1 (Bearer key): create an order, read it by id or by
 * `@external_id`, cancel it. Helpers under /__lab (no key): health, deliveries, advancing an order now,
 * resending an event. `/track/<number>` is the tracking page a shipment links to.
 */
export function createServer(deps: { orders: Orders; webhooks: Webhooks; store: Store; apiKey: string; log: (l: string) => void }) {
  const { orders, webhooks, store } = deps;
  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body, null, 2));
  };

  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string) {
    if (req.headers.authorization !== `Bearer ${deps.apiKey}`) {
      return send(res, 401, { error: { code: "unauthorized", message: "Send the lab's API key as Authorization: Bearer <key>" } });
    }
    const method = req.method ?? "GET";
    const one = url.pathname.match(/^\/v1\/orders\/([^/]+)$/);
    const cancel = url.pathname.match(/^\/v1\/orders\/([^/]+)\/cancel$/);
    if (method === "POST" && url.pathname === "/v1/orders") {
      let body: unknown;
      try {
        body = JSON.parse(raw || "{}");
      } catch {
        throw new LabError(400, "invalid_json", "The body is not JSON");
      }
      const { order, replayed } = orders.create(body);
      return send(res, replayed ? 200 : 201, order, replayed ? { "idempotent-replayed": "true" } : {});
    }
    if (method === "GET" && one) return send(res, 200, orders.get(decodeURIComponent(one[1]!)));
    if (method === "POST" && cancel) return send(res, 200, orders.cancel(decodeURIComponent(cancel[1]!)));
    throw new LabError(404, "not_found", `Unrecognized request: ${method} ${url.pathname}`);
  }

  async function helpers(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname === "/__lab/health") return (send(res, 200, { ok: true }), true);
    if (url.pathname === "/__lab/deliveries") return (send(res, 200, { data: Object.values(store.state.deliveries) }), true);
    if (url.pathname === "/__lab/events") return (send(res, 200, { data: Object.values(store.state.events) }), true);
    const advance = url.pathname.match(/^\/__lab\/orders\/([^/]+)\/advance$/);
    if (advance && req.method === "POST") return (send(res, 200, await orders.advance(decodeURIComponent(advance[1]!))), true);
    const resend = url.pathname.match(/^\/__lab\/events\/([^/]+)\/resend$/);
    if (resend && req.method === "POST") {
      if (!store.state.events[resend[1]!]) throw new LabError(404, "not_found", "No such event");
      for (const t of webhooks.targets) webhooks.deliver(resend[1]!, t.url);
      return (send(res, 200, { resent: resend[1] }), true);
    }
    const track = url.pathname.match(/^\/track\/([A-Za-z0-9-]+)$/);
    if (track) {
      const order = Object.values(store.state.orders).find((o) => o.shipment?.tracking_number === track[1]);
      res.writeHead(order ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      res.end(trackingPage(track[1]!, order?.status ?? null));
      return true;
    }
    return false;
  }

  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://lab");
      const go = async () => {
        if (url.pathname.startsWith("/v1/")) return api(req, res, url, raw);
        if (await helpers(req, res, url)) return;
        send(res, 404, { error: { code: "not_found", message: `Unrecognized request: ${req.method} ${url.pathname}` } });
      };
      go().catch((e: unknown) => {
        if (e instanceof LabError) return send(res, e.status, { error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } });
        deps.log(`print lab error: ${(e as Error).stack}`);
        if (!res.headersSent) send(res, 500, { error: { code: "internal", message: (e as Error).message } });
      });
    });
  });
}

function trackingPage(number: string, status: string | null): string {
  const line = status ? `Status: ${status.replace("_", " ")}` : "No shipment with this tracking number.";
  return `<!doctype html><meta charset="utf-8"><title>Tracking ${number}</title><body style="font-family:system-ui;padding:2rem"><h1>Simulated Post</h1><p>Tracking number ${number}</p><p>${line}</p><p>This is Atelier's local print lab: the parcel is simulated.</p></body>`;
}
