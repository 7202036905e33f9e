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
 * Authorization matrix: every `artist.*`, `artwork.*`, `admin.*` and `account.*` procedure × every persona.
 * Rows live in ./rows/*.ts (one file per router area). A procedure without a row fails the suite.
 */
const h = useTestDatabase();
const rowFiles = fs.readdirSync(path.join(import.meta.dirname, "rows")).filter((f) => f.endsWith(".ts"));
const rows: MatrixRow[] = (await Promise.all(rowFiles.map(async (f) => ((await import(`./rows/${f}`)) as { rows: MatrixRow[] }).rows))).flat();

const guarded = Object.keys(appRouter._def.procedures).filter((p) => /^(artist|artwork|admin|account)\./.test(p));

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
  it("has a row for every guarded procedure", () => {
    const covered = new Set(rows.map((r) => r.path));
    expect(guarded.filter((p) => !covered.has(p))).toEqual([]);
    expect(rows.map((r) => r.path).filter((p) => !guarded.includes(p))).toEqual([]);
  });

  for (const row of rows) {
    it(row.path, async () => {
      const actual: Record<string, string> = {};
      for (const persona of PERSONAS) actual[persona] = await outcome(persona, row);
      expect(actual).toEqual(row.expect);
    });
  }
});
