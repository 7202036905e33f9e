import crypto from "node:crypto";
import http from "node:http";
import type { Engine } from "./engine.ts";
import { StripeHttpError } from "./errors.ts";
import { parseForm, type Params } from "./form.ts";
import { FAULT_BODY, type Fault, type Faults, type FaultSpec } from "./faults.ts";
import { expand, type Ctx, type Route } from "./http.ts";
import { clone } from "./store.ts";

export type PageHandler = (engine: Engine, req: http.IncomingMessage, res: http.ServerResponse, url: URL, form: Params) => Promise<boolean> | boolean;

/** The HTTP face of the sandbox: Stripe's REST API under /v1, helpers under /__sandbox, hosted pages. */
/** Stripe keeps idempotency keys for at least 24 hours; the sandbox forgets them after exactly that (on its clock). */
export const IDEMPOTENCY_WINDOW_SECONDS = 86_400;

export function createServer(engine: Engine, secretKey: string, routes: Route[], pages: PageHandler[], faults: Faults) {
  const held = new Set<NodeJS.Timeout>();
  const running = new Map<string, Promise<{ status: number; body: string }>>();

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      "content-type": "application/json",
      "request-id": `req_${crypto.randomBytes(7).toString("hex")}`,
      "stripe-version": "2026-10-28.endive",
      ...headers,
    });
    res.end(typeof body === "string" ? body : JSON.stringify(body, null, 2));
  };

  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string) {
    const auth = req.headers.authorization ?? "";
    const key = auth.startsWith("Bearer ") ? auth.slice(7) : auth.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString().split(":")[0] : "";
    if (key !== secretKey) {
      const shown = key ? `${key.slice(0, 8)}****${key.slice(-4)}` : "";
      return send(res, 401, {
        error: {
          type: "invalid_request_error",
          message: key
            ? `Invalid API Key provided: ${shown}`
            : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        },
      });
    }
    const method = req.method ?? "GET";
    const fault = faults.take(method, url.pathname);
    if (fault?.when === "before") return failWith(res, fault);
    const r = routes.find((x) => x.method === method && x.pattern.test(url.pathname));
    if (!r) {
      return send(res, 404, {
        error: {
          type: "invalid_request_error",
          message: `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        },
      });
    }
    const params: Params = method === "GET" || method === "DELETE" ? parseForm(url.search.slice(1)) : parseForm(raw);
    const account = typeof req.headers["stripe-account"] === "string" ? req.headers["stripe-account"] : null;
    const idemKey = typeof req.headers["idempotency-key"] === "string" && method === "POST" ? req.headers["idempotency-key"] : null;
    const requestId = `req_${crypto.randomBytes(7).toString("hex")}`;
    const ctx: Ctx = {
      engine,
      method,
      path: url.pathname,
      params,
      match: url.pathname.match(r.pattern)!.slice(1),
      account,
      request: { id: requestId, idempotencyKey: idemKey },
    };

    const execute = async () => {
      try {
        if (account && engine.store.get(account)?.deauthorized) {
          throw new StripeHttpError(403, {
            type: "invalid_request_error",
            code: "account_invalid",
            message: `The provided key 'sk_test_****${secretKey.slice(-4)}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
          });
        }
        const result = await r.handler(ctx);
        return { status: 200, body: JSON.stringify(expand(ctx, clone(result)), null, 2) };
      } catch (e) {
        if (e instanceof StripeHttpError)
          return {
            status: e.status,
            body: JSON.stringify({ error: { ...e.body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } }, null, 2),
          };
        engine.opts.log(`error in ${method} ${url.pathname}: ${(e as Error).stack}`);
        return { status: 500, body: JSON.stringify({ error: { type: "api_error", message: (e as Error).message } }) };
      }
    };

    if (!idemKey) {
      const out = await execute();
      if (fault) return failWith(res, fault);
      return send(res, out.status, out.body);
    }
    const slot = `${key}:${idemKey}`;
    const fingerprint = crypto
      .createHash("sha256")
      .update(`${method} ${url.pathname} ${account ?? ""} ${raw}`)
      .digest("hex");
    const inProgress = running.get(slot);
    if (inProgress) await inProgress.catch(() => undefined);
    let saved = engine.store.state.idempotency[slot];
    if (saved && engine.store.now() - savedAt(saved.at) >= IDEMPOTENCY_WINDOW_SECONDS) {
      delete engine.store.state.idempotency[slot];
      saved = undefined;
    }
    if (saved) {
      if (saved.fingerprint !== fingerprint) {
        return send(res, 400, {
          error: {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`,
          },
        });
      }
      if (fault) return failWith(res, fault);
      return send(res, saved.status, saved.body, { "idempotent-replayed": "true", "idempotency-key": idemKey });
    }
    const p = execute();
    running.set(slot, p);
    const out = await p.finally(() => running.delete(slot));
    // like Stripe: results are kept once the request ran (not for validation errors or server errors)
    if (out.status === 200 || out.status === 402) {
      engine.store.state.idempotency[slot] = { fingerprint, status: out.status, body: out.body, at: engine.store.now() };
      engine.store.changed();
    }
    if (fault) return failWith(res, fault);
    send(res, out.status, out.body, { "idempotency-key": idemKey });
  }

  /** An injected fault: an api_error answer, or no answer at all (the connection drops after `delayMs`). */
  function failWith(res: http.ServerResponse, f: Fault) {
    if (f.mode === "error") return send(res, f.status, FAULT_BODY);
    const t = setTimeout(() => {
      held.delete(t);
      res.destroy();
    }, f.delayMs);
    held.add(t);
  }

  async function sandboxControl(req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string): Promise<boolean> {
    if (url.pathname === "/__sandbox/health") return (send(res, 200, { ok: true }), true);
    if (url.pathname === "/__sandbox/faults") {
      if (req.method === "DELETE") faults.clear();
      else if (req.method === "POST") {
        try {
          faults.add(JSON.parse(raw || "{}") as FaultSpec);
        } catch (e) {
          return (send(res, 400, { error: { type: "invalid_request_error", message: (e as Error).message } }), true);
        }
      }
      return (send(res, 200, { faults: faults.list }), true);
    }
    if (url.pathname === "/__sandbox/deliveries") return (send(res, 200, { data: Object.values(engine.store.state.deliveries) }), true);
    const resend = url.pathname.match(/^\/__sandbox\/events\/([^/]+)\/resend$/);
    if (resend && req.method === "POST") {
      const event = engine.store.get(resend[1]!);
      if (!event) return (send(res, 404, { error: { type: "invalid_request_error", message: "No such event" } }), true);
      for (const t of engine.targets().filter((t) => (event.account ? t.connect !== false : true))) engine.deliver(event.id, t);
      return (send(res, 200, { resent: event.id }), true);
    }
    return false;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://sandbox");
      const go = async () => {
        if (url.pathname.startsWith("/v1/")) return api(req, res, url, raw);
        if (await sandboxControl(req, res, url, raw)) return;
        const form = (req.headers["content-type"] ?? "").includes("application/json") ? (JSON.parse(raw || "{}") as Params) : parseForm(raw);
        for (const page of pages) {
          try {
            if (await page(engine, req, res, url, form)) return;
          } catch (e) {
            if (e instanceof StripeHttpError) return send(res, e.status, { error: e.body });
            throw e;
          }
        }
        send(res, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname}).` } });
      };
      go().catch((e: unknown) => {
        engine.opts.log(`sandbox error: ${(e as Error).stack}`);
        if (!res.headersSent) send(res, 500, { error: { type: "api_error", message: (e as Error).message } });
      });
    });
  });
  server.on("close", () => {
    for (const t of held) clearTimeout(t);
  });
  return server;
}

/** Idempotency records store the sandbox clock in seconds (older state files: milliseconds). */
const savedAt = (at: number) => (at > 1e11 ? Math.floor(at / 1000) : at);
