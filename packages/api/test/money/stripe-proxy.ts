import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A thin HTTP proxy in front of the payments sandbox, for what main's sandbox can't do yet (listed in the
 * money report): faults AFTER the work was done (the response is lost: 500 or a hang past the client's
 * timeout), hangs before it, reversals refused for an insufficient connected balance (as Stripe does), and
 * GET /v1/disputes/:id answered from disputes the test registers. Everything else is forwarded untouched.
 */
export interface ProxyFault {
  method: string;
  pathPrefix: string;
  count: number;
  when: "before" | "after";
  /** "500": answer an api_error; "hang": never answer (the SDK times out) */
  mode: "500" | "hang";
}

export async function startStripeProxy(sandboxUrl: string) {
  const faults: ProxyFault[] = [];
  const disputes = new Map<string, Record<string, unknown>>();
  const hung: http.ServerResponse[] = [];
  const target = new URL(sandboxUrl);

  const forward = (req: http.IncomingMessage, body: Buffer, path = req.url ?? "/", method = req.method ?? "GET") =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const headers = { ...req.headers, host: target.host };
      if (method === "GET") delete headers["content-length"];
      const out = http.request(
        {
          host: target.hostname,
          port: target.port,
          path,
          method,
          headers:
            method === "GET"
              ? { authorization: req.headers.authorization!, ...(req.headers["stripe-account"] ? { "stripe-account": req.headers["stripe-account"] } : {}) }
              : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      out.on("error", reject);
      if (method !== "GET") out.end(body);
      else out.end();
    });

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "request-id": `req_proxy_${Date.now()}` });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const path = req.url ?? "/";
        const dispute = /^\/v1\/disputes\/([^/?]+)/.exec(path);
        if (dispute && req.method === "GET") {
          const d = disputes.get(dispute[1]!);
          return d
            ? json(res, 200, d)
            : json(res, 404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such dispute: '${dispute[1]}'` } });
        }
        const fault = faults.find((f) => f.count > 0 && f.method === req.method && path.startsWith(f.pathPrefix));
        if (fault) fault.count--;
        if (fault?.when === "before") {
          if (fault.mode === "hang") return void hung.push(res);
          return json(res, 500, { error: { type: "api_error", message: "proxy fault before the work" } });
        }
        const reversal = /^\/v1\/transfers\/([^/?]+)\/reversals$/.exec(path);
        if (reversal && req.method === "POST") {
          const amount = Number(new URLSearchParams(body.toString()).get("amount"));
          const tr = JSON.parse((await forward(req, Buffer.alloc(0), `/v1/transfers/${reversal[1]}`, "GET")).body.toString()) as {
            destination: string;
            currency: string;
          };
          const balReq = Object.assign(Object.create(req) as http.IncomingMessage, { headers: { ...req.headers, "stripe-account": tr.destination } });
          const bal = JSON.parse((await forward(balReq, Buffer.alloc(0), "/v1/balance", "GET")).body.toString()) as {
            available: { amount: number; currency: string }[];
          };
          const available = bal.available.find((b) => b.currency === tr.currency)?.amount ?? 0;
          if (available < amount) {
            return json(res, 400, {
              error: {
                type: "invalid_request_error",
                code: "balance_insufficient",
                message: "Insufficient funds in the connected account to reverse this transfer.",
              },
            });
          }
        }
        const out = await forward(req, body);
        if (fault?.when === "after") {
          if (fault.mode === "hang") return void hung.push(res);
          return json(res, 500, { error: { type: "api_error", message: "proxy fault after the work (response lost)" } });
        }
        res.writeHead(out.status, out.headers);
        res.end(out.body);
      })().catch((e: unknown) => json(res, 502, { error: { type: "api_error", message: String(e) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    fault(f: Omit<ProxyFault, "count"> & { count?: number }) {
      faults.push({ count: 1, ...f });
    },
    clearFaults() {
      faults.length = 0;
    },
    addDispute(d: Record<string, unknown> & { id: string }) {
      disputes.set(d.id, d);
    },
    async close() {
      for (const r of hung) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
