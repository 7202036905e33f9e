import { trace } from "@opentelemetry/api";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startTracing } from "../src/server/tracing.ts";

afterEach(() => trace.disable());

describe("startTracing", () => {
  it("without OTEL_EXPORTER_OTLP_ENDPOINT registers nothing: spans are no-ops", () => {
    expect(startTracing({ OTEL_SERVICE_NAME: "atelier" })).toBe(false);
    const span = trace.getTracer("t").startSpan("s");
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it("with an endpoint, spans go to <endpoint>/v1/traces over OTLP/HTTP with the service name", async () => {
    const received: { url: string; body: string }[] = [];
    const collector = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ url: req.url ?? "", body });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => collector.listen(0, "127.0.0.1", r));
    try {
      const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/`;
      expect(startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "atelier-test" })).toBe(true);
      const span = trace.getTracer("t").startSpan("trpc health");
      expect(span.isRecording()).toBe(true);
      span.end();
      await (trace.getTracerProvider() as unknown as { getDelegate(): { forceFlush(): Promise<void> } }).getDelegate().forceFlush();
      expect(received.map((r) => r.url)).toEqual(["/v1/traces"]);
      expect(received[0]!.body).toContain("atelier-test");
    } finally {
      collector.close();
    }
  });
});
