import { traced } from "@atelier/core/payments/stripe-client";
import { procedureStats } from "@atelier/core/observability/procedure-stats";
import { TRPCError } from "@trpc/server";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { recordSpans } from "./in-memory-tracing.ts";

const h = useTestDatabase();
const tracing = recordSpans();
afterAll(() => tracing.stop());

describe("OpenTelemetry spans", () => {
  it("each tRPC procedure call is a span `trpc <path>` with its code, and its latency is counted", async () => {
    tracing.reset();
    procedureStats().reset();
    const anon = await callerAs(h.db, null);
    await anon.health();
    await expect(anon.admin.health()).rejects.toBeInstanceOf(TRPCError);
    const buyer = await callerAs(h.db, (await makeUser(h.db, ["BUYER"])).id);
    await expect(buyer.admin.health()).rejects.toMatchObject({ code: "FORBIDDEN" });

    const spans = tracing.spans().filter((s) => s.name.startsWith("trpc "));
    expect(spans.map((s) => [s.name, s.attributes["trpc.code"]])).toEqual([
      ["trpc health", "OK"],
      ["trpc admin.health", "UNAUTHORIZED"],
      ["trpc admin.health", "FORBIDDEN"],
    ]);
    expect(spans[0]!.attributes["trpc.type"]).toBe("query");
    const stats = procedureStats().snapshot();
    expect(stats.find((s) => s.path === "admin.health")).toMatchObject({ count: 2 });
    expect(stats.find((s) => s.path === "health")?.p50Ms).toBeGreaterThan(0);
  });

  it("each Stripe API call is a span with method, path (ids blanked), status and request id, under the caller's span", async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(req.url?.startsWith("/v1/accounts/acct_missing") ? 404 : 200, { "content-type": "application/json", "request-id": "req_test_1" });
      res.end(
        JSON.stringify(
          req.url?.includes("missing") ? { error: { type: "invalid_request_error", message: "No such account" } } : { id: "acct_123", object: "account" },
        ),
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const port = (server.address() as AddressInfo).port;
      const stripe = traced(new Stripe("sk_test_x", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 }));
      tracing.reset();
      const { tracer } = await import("@atelier/core/observability/tracing");
      await tracer().startActiveSpan("job sync-connect-account", async (parent) => {
        await stripe.accounts.retrieve("acct_123");
        await expect(stripe.accounts.retrieve("acct_missing")).rejects.toThrow(/No such account/);
        parent.end();
      });
      const spans = tracing.spans();
      const parent = spans.find((s) => s.name === "job sync-connect-account")!;
      const calls = spans.filter((s) => s.name.startsWith("stripe "));
      expect(calls.map((s) => [s.name, s.attributes["http.response.status_code"], s.status.code])).toEqual([
        ["stripe GET /v1/accounts/{acct}", 200, 0],
        ["stripe GET /v1/accounts/{acct}", 404, 2],
      ]);
      expect(calls[0]!.attributes["stripe.request_id"]).toBe("req_test_1");
      expect(calls.every((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId)).toBe(true);
    } finally {
      server.close();
    }
  });
});
