import { describe, expect, it } from "vitest";
import { LAB_STATUSES } from "./print-lab.ts";
import { canMove, type FulfilmentStatus } from "./transitions.ts";

const t0 = new Date("2026-12-01T10:00:00Z");
const later = new Date("2026-12-01T11:00:00Z");
const earlier = new Date("2026-12-01T09:00:00Z");
const ALL: FulfilmentStatus[] = ["PENDING", ...LAB_STATUSES];

describe("fulfilment transitions", () => {
  it("only moves forward along created → in production → shipped → delivered, skipping lost steps", () => {
    const chain: FulfilmentStatus[] = ["PENDING", "CREATED", "IN_PRODUCTION", "SHIPPED", "DELIVERED"];
    for (const [i, from] of chain.entries()) {
      for (const [j, to] of chain.slice(1).entries()) {
        expect(canMove(from, to as (typeof LAB_STATUSES)[number], t0, later), `${from} → ${to}`).toBe(j + 1 > i);
      }
    }
  });

  it("never moves back: delivered then a late shipped stays delivered; nothing leaves cancelled", () => {
    expect(canMove("DELIVERED", "SHIPPED", t0, later)).toBe(false);
    expect(canMove("SHIPPED", "IN_PRODUCTION", t0, later)).toBe(false);
    for (const to of LAB_STATUSES) expect(canMove("CANCELLED", to, t0, later)).toBe(false);
    for (const to of LAB_STATUSES) expect(canMove("DELIVERED", to, t0, later)).toBe(false);
  });

  it("cancels only before printing, fails only before shipping", () => {
    expect(ALL.filter((s) => canMove(s, "CANCELLED", t0, later))).toEqual(["PENDING", "CREATED", "FAILED"]);
    expect(ALL.filter((s) => canMove(s, "FAILED", t0, later))).toEqual(["PENDING", "CREATED", "IN_PRODUCTION"]);
  });

  it("leaves FAILED only on news newer than the failure (a lab that fixed and resubmitted the order)", () => {
    expect(canMove("FAILED", "IN_PRODUCTION", t0, later)).toBe(true);
    expect(canMove("FAILED", "IN_PRODUCTION", t0, earlier)).toBe(false);
    expect(canMove("FAILED", "SHIPPED", t0, t0)).toBe(false);
    expect(canMove("FAILED", "CREATED", null, earlier)).toBe(true);
  });
});
