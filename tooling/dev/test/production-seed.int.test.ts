import { hashPassword } from "@atelier/core/accounts/password";
import { verifyCredentials } from "@atelier/core/accounts/users";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { DEMO_ADMIN, DEMO_BUYER, seedDatabase } from "@atelier/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startupPlan } from "../src/startup-plan.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.dispose());

describe("the seed in production", () => {
  it("without ADMIN_PASSWORD creates no account at all", async () => {
    const plan = startupPlan({ AUTH_SECRET: "x".repeat(44), STRIPE_SECRET_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }, true);
    await seedDatabase(t.db, { hashPassword }, { admin: plan.admin, demoBuyer: plan.demoBuyer });
    expect(await t.db.user.count()).toBe(0);
  });

  it("with ADMIN_EMAIL + ADMIN_PASSWORD creates that admin only, and no demo password works", async () => {
    const env = { AUTH_SECRET: "x".repeat(44), STRIPE_SECRET_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" };
    const plan = startupPlan({ ...env, ADMIN_EMAIL: "owner@atelier.example", ADMIN_PASSWORD: "a-long-admin-password" }, true);
    await seedDatabase(t.db, { hashPassword }, { admin: plan.admin, demoBuyer: plan.demoBuyer });
    const users = await t.db.user.findMany({ include: { roles: true } });
    expect(users.map((u) => [u.email, u.roles.map((r) => r.role).sort(), !!u.emailVerified])).toEqual([["owner@atelier.example", ["ADMIN", "BUYER"], true]]);
    expect(await verifyCredentials(t.db, DEMO_ADMIN.email, DEMO_ADMIN.password)).toBeNull();
    expect(await verifyCredentials(t.db, DEMO_BUYER.email, DEMO_BUYER.password)).toBeNull();
    expect(await verifyCredentials(t.db, "owner@atelier.example", "a-long-admin-password")).toBe(users[0]!.id);
  });
});
