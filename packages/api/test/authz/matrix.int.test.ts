import fs from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../src/index.ts";
import { callerAs, useTestDatabase } from "../harness.ts";
import { sandboxStripe, type PaymentsConfig } from "@atelier/core/payments";
import { startStripeSandbox, type StripeSandbox } from "@atelier/stripe-sandbox";
import { afterAll } from "vitest";
import { buildFixture, PERSONAS, type Fixture, type Persona } from "./fixture.ts";
import type { MatrixRow, Outcome } from "./types.ts";

/**
 * Authorization matrix: EVERY procedure of the router × every persona. Rows live in ./rows/*.ts (one
 * file per router area); a procedure without a row (say, of a new router) fails the suite, and a
 * procedure that answers an anonymous caller must be on the PUBLIC allow-list below.
 */
const h = useTestDatabase();
const rowFiles = fs.readdirSync(path.join(import.meta.dirname, "rows")).filter((f) => f.endsWith(".ts"));
const rows: MatrixRow[] = (await Promise.all(rowFiles.map(async (f) => ((await import(`./rows/${f}`)) as { rows: MatrixRow[] }).rows))).flat();

const procedures = Object.keys(appRouter._def.procedures);

/** The procedures anyone may call without signing in: the public catalogue, sign-up and the service's health. */
const PUBLIC = [
  "health",
  "account.signUp",
  "account.verifyEmail",
  "account.requestPasswordReset",
  "account.resetPassword",
  "artist.public.list",
  "artist.public.bySlug",
  "artwork.list",
  "artwork.search",
  "artwork.facets",
  "artwork.featured",
  "artwork.bySlug",
  "artwork.moreFromArtist",
  "artwork.moreLikeThis",
  "assistant.status",
  // ---- checkout (D): a visitor's cart lives under their atelier_cart cookie ----
  "cart.get",
  "cart.count",
  "cart.add",
  "cart.addProduct",
  "cart.setQuantity",
  "cart.remove",
  "cart.setShipTo",
  // ---- certificates: the public page and the verify page ----
  "certificate.bySerial",
  "certificate.verify",
  // ---- saved searches: the mail's unsubscribe link works without signing in (the token is the credential) ----
  "savedSearch.byToken",
  "savedSearch.unsubscribe",
  // ---- the licensed-product catalogue and its price table ----
  "product.catalogue",
  // ---- see it on your wall: sample rooms need no account ----
  "wall.samples",
  "wall.render",
  // ---- stores and the artists' own shops: public pages ----
  "store.bySlug",
  "store.list",
  "shop.byArtist",
  "shop.ofArtwork",
];

let fx: Fixture;
let sandbox: StripeSandbox;
let payments: PaymentsConfig;
beforeAll(async () => {
  fx = await buildFixture(h.db);
  sandbox = await startStripeSandbox();
  payments = { mode: "sandbox", stripe: sandboxStripe(sandbox.url), webhookSecret: "whsec_matrix" };
});
afterAll(() => sandbox?.close());

async function outcome(persona: Persona, row: MatrixRow): Promise<Outcome | string> {
  const userId = persona === "anonymous" ? null : fx.users[persona].id;
  const caller = await callerAs(h.db, userId, {}, { payments });
  const input = await row.input(fx, persona);
  const fn = row.path.split(".").reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
  try {
    await fn(input);
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("authorization matrix", () => {
  it("has a row (or several: one per scenario) for every procedure of the router, and none for one that does not exist", () => {
    const covered = new Set(rows.map((r) => r.path));
    expect(procedures.filter((p) => !covered.has(p))).toEqual([]);
    expect(rows.map((r) => r.path).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it("lets anonymous callers through only where the public allow-list says so", () => {
    const openToAnonymous = new Set(rows.filter((r) => r.expect.anonymous !== "UNAUTHORIZED").map((r) => r.path));
    expect([...openToAnonymous].sort()).toEqual([...PUBLIC].sort());
  });

  for (const row of rows) {
    it(row.path, async () => {
      const actual: Record<string, string> = {};
      for (const persona of PERSONAS) actual[persona] = await outcome(persona, row);
      expect(actual).toEqual(row.expect);
    });
  }
});
