import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Copy promises only what the product does. Checkout exists now (cart, Stripe Checkout), so nothing may
 * still say it is coming; there is no one-click "buy now", and no copy may promise buyers what the
 * payments setup does not yet allow.
 */
const ROOTS = ["apps/web/src/app", "apps/web/src/components", "packages/jobs/src/templates"];
const PROMISES = [
  /collectors can (now )?buy/i,
  /buyers can (now )?(buy|purchase)/i,
  /can now be bought/i,
  /ready to sell/i,
  /\bbuy now\b/i,
  /checkout (opens|isn.t open|is not open)|when checkout|once checkout/i,
  /when a collector buys/i,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("copy promises only what the product does", () => {
  const repo = join(import.meta.dirname, "../../..");
  const sources = ROOTS.flatMap((root) => files(join(repo, root)));

  it("scans the pages, components and mail templates", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(PROMISES.map((p) => [p.source, p] as const))("nothing says “%s”", (_, pattern) => {
    const hits = sources.filter((f) => pattern.test(readFileSync(f, "utf8"))).map((f) => relative(repo, f));
    expect(hits).toEqual([]);
  });
});
