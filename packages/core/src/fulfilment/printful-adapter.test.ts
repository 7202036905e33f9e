import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PrintLabRefused, type PrintLabOrderInput } from "./print-lab.ts";
import { printfulAdapter, printfulItem } from "./printful-adapter.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "printful");
const sample = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8"));
const EXT = "atl-cm0printtest000000000001";
const REF = encodeURIComponent(`@${EXT}`);

interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A stand-in for Printful: answers each "METHOD /path" from the table (in order when a route has several answers) and records the requests. */
function fakePrintful(routes: Record<string, [number, string | unknown][] | [number, string | unknown]>) {
  const seen: Seen[] = [];
  const queues = new Map(Object.entries(routes).map(([k, v]) => [k, (Array.isArray(v[0]) ? v : [v]) as [number, string | unknown][]]));
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const key = `${init?.method ?? "GET"} ${url.pathname}`;
    seen.push({
      method: init?.method ?? "GET",
      path: url.pathname,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const queue = queues.get(key);
    if (!queue?.length) return Response.json(sample("error-not-found"), { status: 404 });
    const [status, body] = queue.length > 1 ? queue.shift()! : queue[0]!;
    return Response.json(typeof body === "string" ? sample(body) : body, { status });
  }) as typeof fetch;
  const adapter = printfulAdapter({ apiKey: "pf-private-token-for-tests-0000", webhookSecret: "ab".repeat(32), storeId: "12", fetch: fetchImpl });
  return { adapter, seen };
}

const input: PrintLabOrderInput = {
  externalId: EXT,
  recipient: { name: "Ada Buyer", address1: "1 Quay Street", address2: "Flat 2", city: "Galway", countryCode: "IE", zip: "H91 X2Y3", email: "ada@example.com" },
  items: [{ variantCode: "1349", quantity: 1, printFileUrl: "https://atelier.example/media/prints/sea-at-dusk.png", name: "Giclée print A3 — Sea at Dusk" }],
};

describe("Printful adapter: creating an order", () => {
  it("looks the order up by external id, creates it from the catalog variant and print file, confirms it, and reads it back as CREATED", async () => {
    const { adapter, seen } = fakePrintful({
      [`GET /v2/orders/${REF}`]: [404, "error-not-found"],
      "POST /v2/orders": [200, "order-draft"],
      "POST /v2/orders/109371645/confirmation": [200, "order-pending"],
    });
    const order = await adapter.createOrder(input);
    expect(order).toEqual({
      provider: "printful",
      id: "109371645",
      externalId: EXT,
      status: "CREATED",
      shipment: null,
      deliveredAt: null,
      failureReason: null,
    });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([`GET /v2/orders/${REF}`, "POST /v2/orders", "POST /v2/orders/109371645/confirmation"]);
    expect(seen[1]!.headers).toMatchObject({
      authorization: "Bearer pf-private-token-for-tests-0000",
      "x-pf-store-id": "12",
      "content-type": "application/json",
    });
    expect(seen[1]!.body).toEqual({
      external_id: EXT,
      shipping: "STANDARD",
      recipient: {
        name: "Ada Buyer",
        address1: "1 Quay Street",
        address2: "Flat 2",
        city: "Galway",
        country_code: "IE",
        zip: "H91 X2Y3",
        email: "ada@example.com",
      },
      order_items: [
        {
          source: "catalog",
          catalog_variant_id: 1349,
          quantity: 1,
          name: "Giclée print A3 — Sea at Dusk",
          placements: [{ placement: "default", technique: "digital", layers: [{ type: "file", url: "https://atelier.example/media/prints/sea-at-dusk.png" }] }],
        },
      ],
    });
  });

  it("is idempotent by external id: an order that exists is answered (a draft is confirmed), never created twice", async () => {
    const existing = fakePrintful({ [`GET /v2/orders/${REF}`]: [200, "order-pending"] });
    expect((await existing.adapter.createOrder(input)).status).toBe("CREATED");
    expect(existing.seen.map((s) => s.method)).toEqual(["GET"]);

    const draft = fakePrintful({ [`GET /v2/orders/${REF}`]: [200, "order-draft"], "POST /v2/orders/109371645/confirmation": [200, "order-pending"] });
    await draft.adapter.createOrder(input);
    expect(draft.seen.map((s) => `${s.method} ${s.path}`)).toEqual([`GET /v2/orders/${REF}`, "POST /v2/orders/109371645/confirmation"]);
  });

  it("names the placement and technique a variant code carries (a T-shirt's front, printed DTG)", async () => {
    const { adapter, seen } = fakePrintful({
      "POST /v2/orders": [200, "order-draft"],
      "POST /v2/orders/109371645/confirmation": [200, "order-pending"],
    });
    await adapter.createOrder({ ...input, items: [{ ...input.items[0]!, variantCode: "4012/front/dtg", quantity: 2 }] });
    const item = (seen[1]!.body as { order_items: { catalog_variant_id: number; quantity: number; placements: unknown[] }[] }).order_items[0]!;
    expect(item).toMatchObject({ catalog_variant_id: 4012, quantity: 2, placements: [{ placement: "front", technique: "dtg" }] });
  });

  it("maps our catalogue's variant codes through PRINTFUL_VARIANTS, and refuses an unmapped one by name before calling Printful", () => {
    const variants = { "giclee-a3": "1349", "tshirt-m": "4012/front/dtg" };
    expect(printfulItem({ ...input.items[0]!, variantCode: "giclee-a3" }, variants)).toMatchObject({
      catalog_variant_id: 1349,
      placements: [{ placement: "default" }],
    });
    expect(printfulItem({ ...input.items[0]!, variantCode: "tshirt-m" }, variants)).toMatchObject({
      catalog_variant_id: 4012,
      placements: [{ technique: "dtg" }],
    });
    expect(() => printfulItem({ ...input.items[0]!, variantCode: "poster-a3" }, variants)).toThrow(/"poster-a3" is not mapped to a Printful catalog variant/);
  });

  it("turns Printful's refusals into PrintLabRefused with its words, and outages into retryable errors", async () => {
    const refused = fakePrintful({ "POST /v2/orders": [400, "error-invalid-address"] });
    const e = await refused.adapter.createOrder(input).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PrintLabRefused);
    expect((e as Error).message).toBe("Recipient address is invalid: zip code is required for the selected country.");

    await expect(
      fakePrintful({ "POST /v2/orders": [503, { code: 503, result: "Service unavailable" }] }).adapter.createOrder(input),
    ).rejects.not.toBeInstanceOf(PrintLabRefused);
    await expect(fakePrintful({ [`GET /v2/orders/${REF}`]: [429, { code: 429, result: "Too many requests" }] }).adapter.createOrder(input)).rejects.toThrow(
      /429/,
    );
    await expect(fakePrintful({}).adapter.createOrder({ ...input, items: [{ ...input.items[0]!, variantCode: "poster-a3" }] })).rejects.toBeInstanceOf(
      PrintLabRefused,
    );
  });

  it("retries (does not fail the order) when Printful cannot confirm while it is still calculating the costs", async () => {
    const { adapter } = fakePrintful({
      "POST /v2/orders": [200, "order-draft-calculating"],
      "POST /v2/orders/109371645/confirmation": [409, "error-confirm-calculating"],
    });
    const e = await adapter.createOrder(input).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(PrintLabRefused);
    expect((e as Error).message).toMatch(/cannot be confirmed yet/);
  });
});

describe("Printful adapter: status and cancelling", () => {
  it("reads in production, shipped (carrier and tracking link from the shipment) and delivered, and knows an order it does not have", async () => {
    const inprocess = fakePrintful({ [`GET /v2/orders/${REF}`]: [200, "order-inprocess"], "GET /v2/orders/109371645/shipments": [200, { data: [] }] });
    expect((await inprocess.adapter.getStatus(EXT))?.status).toBe("IN_PRODUCTION");

    const shipped = fakePrintful({ [`GET /v2/orders/${REF}`]: [200, "order-fulfilled"], "GET /v2/orders/109371645/shipments": [200, "shipments-in-transit"] });
    expect(await shipped.adapter.getStatus(EXT)).toMatchObject({
      status: "SHIPPED",
      shipment: {
        carrier: "DPD",
        trackingNumber: null,
        trackingUrl: "https://tracking.dpd.de/status/en_US/parcel/05222014567890",
        shippedAt: new Date("2026-12-05T14:02:00Z"),
      },
      deliveredAt: null,
    });

    const delivered = fakePrintful({ [`GET /v2/orders/${REF}`]: [200, "order-fulfilled"], "GET /v2/orders/109371645/shipments": [200, "shipments-delivered"] });
    expect(await delivered.adapter.getStatus(EXT)).toMatchObject({ status: "DELIVERED", deliveredAt: new Date("2026-12-08T10:30:00Z") });

    const onhold = fakePrintful({ [`GET /v2/orders/${REF}`]: [200, "order-onhold"] });
    expect((await onhold.adapter.getStatus(EXT))?.status).toBeNull();
    expect(await fakePrintful({}).adapter.getStatus(EXT)).toBeNull();
  });

  it("cancels through v1's DELETE /orders/@id, and reports Printful's reason when production has started", async () => {
    const ok = fakePrintful({
      [`DELETE /orders/${REF}`]: [200, "cancel-v1-ok"],
      [`GET /v2/orders/${REF}`]: [200, { data: { ...(sample("order-pending") as { data: object }).data, status: "canceled" } }],
    });
    expect(await ok.adapter.cancelOrder(EXT)).toMatchObject({ cancelled: true, order: { status: "CANCELLED" } });

    const refused = fakePrintful({
      [`DELETE /orders/${REF}`]: [400, "cancel-v1-refused"],
      [`GET /v2/orders/${REF}`]: [200, "order-inprocess"],
      "GET /v2/orders/109371645/shipments": [200, { data: [] }],
    });
    expect(await refused.adapter.cancelOrder(EXT)).toMatchObject({
      cancelled: false,
      reason: "Order with status inprocess cannot be canceled",
      order: { status: "IN_PRODUCTION" },
    });
  });
});
