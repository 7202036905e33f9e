import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDirectMessage } from "./direct-messages.ts";

/** A stand-in for Meta's Graph API on a local port: one Instagram conversation with @jane.doe, and a send endpoint that records what it got. */
const received: { url: string; auth: string | undefined; body: unknown }[] = [];
let closed = false;
const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    received.push({ url: req.url ?? "", auth: req.headers.authorization, body: raw ? JSON.parse(raw) : null });
    res.setHeader("content-type", "application/json");
    if (req.headers.authorization !== "Bearer page-token") return res.writeHead(401).end(JSON.stringify({ error: { message: "Invalid OAuth access token." } }));
    if (req.url?.startsWith("/page-1/conversations"))
      return res.end(
        JSON.stringify({
          data: [
            {
              participants: {
                data: [
                  { id: "page-1", username: "atelier" },
                  { id: "igsid-77", username: "Jane.Doe" },
                ],
              },
            },
          ],
        }),
      );
    if (req.url === "/page-1/messages" && req.method === "POST") {
      if (closed) return res.writeHead(400).end(JSON.stringify({ error: { message: "This message is sent outside of allowed window." } }));
      return res.end(JSON.stringify({ recipient_id: "igsid-77", message_id: "mid.1" }));
    }
    res.writeHead(404).end("{}");
  });
});
let graph = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  graph = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("sending an invoice link by direct message", () => {
  it("says it is not set up, and sends nothing, without a page and token", async () => {
    const before = received.length;
    const r = await sendDirectMessage({ META_GRAPH_URL: graph }, "INSTAGRAM", "jane.doe", "hi");
    expect(r).toMatchObject({ ok: false, reason: "not-configured" });
    expect(r.ok ? "" : r.message).toContain("Copy the link");
    expect(received.length).toBe(before);
  });

  it("finds the buyer's conversation by handle (any case, with or without @) and sends the text to their id", async () => {
    const r = await sendDirectMessage(
      { META_PAGE_ID: "page-1", META_PAGE_ACCESS_TOKEN: "page-token", META_GRAPH_URL: graph },
      "INSTAGRAM",
      "@jane.doe",
      "Your invoice: https://x/i/1",
    );
    expect(r).toEqual({ ok: true, detail: "Sent to @jane.doe on Instagram." });
    const sent = received.at(-1)!;
    expect(sent.url).toBe("/page-1/messages");
    expect(sent.body).toEqual({ recipient: { id: "igsid-77" }, messaging_type: "RESPONSE", message: { text: "Your invoice: https://x/i/1" } });
    expect(received.at(-2)!.url).toContain("platform=instagram");
  });

  it("reports a buyer who never wrote to the page, and Meta's refusals, as they are", async () => {
    const settings = { META_PAGE_ID: "page-1", META_PAGE_ACCESS_TOKEN: "page-token", META_GRAPH_URL: graph };
    expect(await sendDirectMessage(settings, "FACEBOOK", "someone.else", "hi")).toMatchObject({ ok: false, reason: "no-conversation" });
    closed = true;
    const late = await sendDirectMessage(settings, "INSTAGRAM", "jane.doe", "hi");
    expect(late).toMatchObject({ ok: false, reason: "refused", message: "Instagram refused: This message is sent outside of allowed window." });
    const badToken = await sendDirectMessage({ ...settings, META_PAGE_ACCESS_TOKEN: "wrong" }, "INSTAGRAM", "jane.doe", "hi");
    expect(badToken).toMatchObject({ ok: false, reason: "refused", message: "Instagram refused: Invalid OAuth access token." });
  });
});
