import { describe, expect, it } from "vitest";
import { createLogger, requestIdFrom, withLogFields, type LogLine } from "../../src/observability/logger.ts";

function collect(format: "json" | "pretty", minLevel?: "debug" | "info") {
  const out: { line: LogLine; text: string }[] = [];
  return { log: createLogger({ format, minLevel, write: (line, text) => out.push({ line, text }) }), out };
}

describe("logger", () => {
  it("writes one JSON line per entry with the request's fields, across awaits", async () => {
    const { log, out } = collect("json");
    await withLogFields({ requestId: "req-12345678" }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.error("trpc: artwork.update failed", { path: "artwork.update", err: new Error("db down") });
    });
    log.info("outside");
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0]!.text);
    expect(first).toMatchObject({
      level: "error",
      msg: "trpc: artwork.update failed",
      requestId: "req-12345678",
      path: "artwork.update",
      err: { name: "Error", message: "db down" },
    });
    expect(first.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.parse(out[1]!.text).requestId).toBeUndefined();
  });

  it("is readable in development and drops levels below the minimum", () => {
    const { log, out } = collect("pretty");
    log.debug("noise");
    withLogFields({ requestId: "abcdef12-3456" }, () => log.warn("stripe webhook: refused", { status: 400 }));
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toMatch(/^\d\d:\d\d:\d\d\.\d{3} WARN {2}\[abcdef12\] stripe webhook: refused \{"status":400\}$/);
  });

  it("child loggers bind fields", () => {
    const { log, out } = collect("json");
    log.child({ functionId: "send-email" }).info("sent");
    expect(out[0]!.line).toMatchObject({ functionId: "send-email", msg: "sent" });
  });

  it("keeps a sane incoming request id and replaces anything else", () => {
    expect(requestIdFrom("0af7651916cd43dd8448eb211c80319c")).toBe("0af7651916cd43dd8448eb211c80319c");
    for (const bad of [null, "", "short", "has space in it", "x".repeat(200), 'quote"injection']) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
