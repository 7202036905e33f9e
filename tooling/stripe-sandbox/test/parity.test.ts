import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { startStripeSandbox, type StripeSandbox } from "../src/index.ts";
import { compare, formatReports, PARITY_OBJECTS, type ObjectReport } from "./parity/compare.ts";
import { collectSamples } from "./parity/samples.ts";

/**
 * Object parity: every object type Atelier reads, as the sandbox answers it and sends it in events,
 * has Stripe's field set with Stripe's JSON types — held against Stripe's published fixtures
 * (test/reference/fixtures3-fields.txt) and the pinned SDK's types (test/reference/sdk-fields.txt).
 * `pnpm --filter @atelier/stripe-sandbox parity` prints the table.
 */
let sandbox: StripeSandbox;
let reports: ObjectReport[];
beforeAll(async () => {
  sandbox = await startStripeSandbox({ log: () => {}, payoutDelayMs: 3_600_000 });
  const samples = await collectSamples(sandbox);
  reports = PARITY_OBJECTS.map((o) => compare(o, samples[o] ?? []));
}, 30_000);
afterAll(() => sandbox?.close());

describe("object parity with Stripe", () => {
  it("the SDK reference was read from the installed stripe package (after a bump: `pnpm --filter @atelier/stripe-sandbox reference`)", () => {
    const here = path.dirname(new URL(import.meta.url).pathname);
    const { version } = JSON.parse(fs.readFileSync(path.join(here, "..", "node_modules", "stripe", "package.json"), "utf8")) as { version: string };
    expect(fs.readFileSync(path.join(here, "reference", "sdk-fields.txt"), "utf8").split("\n")[0]).toContain(`stripe@${version} `);
  });

  it.each(PARITY_OBJECTS)("%s: every field of the fixture and of the SDK, with its JSON type, and nothing Stripe does not have", (object) => {
    const r = reports.find((x) => x.object === object)!;
    expect(r.samples, `no ${object} was produced by the flows`).toBeGreaterThan(0);
    expect({ fixture: r.fixture.missing, sdk: r.sdkDeep.missing, unknown: r.unknown }).toEqual({ fixture: [], sdk: [], unknown: [] });
    expect(r.sdkTop.matched).toBe(r.sdkTop.total);
  });

  it("prints the table", () => {
    const table = formatReports(reports);
    expect(table).toContain("all");
    console.log(table);
  });
});
