import { SANDBOX_WEBHOOK_SECRET } from "@atelier/core/payments";
import { DEMO_ADMIN } from "@atelier/db/seed";
import { describe, expect, it } from "vitest";
import { startupPlan } from "../src/startup-plan.ts";

const stripe = { STRIPE_SECRET_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_real" };
const ready = { AUTH_SECRET: "x".repeat(44), ADMIN_EMAIL: "owner@atelier.example", ADMIN_PASSWORD: "a-long-admin-password", ...stripe };

describe("startup plan", () => {
  it("development is a demo: the demo admin and buyer, the catalogue and the sandbox", () => {
    expect(startupPlan({}, false)).toEqual({
      demo: true,
      errors: [],
      notices: [],
      admin: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
      demoBuyer: true,
      catalogue: true,
      sandbox: true,
      printLab: true,
    });
  });

  it("production with nothing set says exactly what is missing, and creates no account with a known password", () => {
    const plan = startupPlan({}, true);
    expect(plan).toMatchObject({ demo: false, admin: null, demoBuyer: false, catalogue: false, sandbox: false });
    expect(plan.errors).toEqual([
      expect.stringMatching(/^set AUTH_SECRET/),
      expect.stringMatching(/^set STRIPE_SECRET_KEY \+ STRIPE_WEBHOOK_SECRET .* or ATELIER_DEMO=1/),
    ]);
    expect(plan.notices).toEqual([expect.stringMatching(/set ADMIN_EMAIL \+ ADMIN_PASSWORD to create the admin/)]);
  });

  it("production with its settings creates only the configured admin", () => {
    expect(startupPlan(ready, true)).toEqual({
      demo: false,
      errors: [],
      notices: [],
      admin: { email: "owner@atelier.example", password: "a-long-admin-password" },
      demoBuyer: false,
      catalogue: false,
      sandbox: false,
      printLab: false,
    });
  });

  it("production refuses the demo password, a short one, a password without an email, and the sandbox's webhook secret", () => {
    expect(startupPlan({ ...ready, ADMIN_PASSWORD: DEMO_ADMIN.password }, true).errors).toEqual([expect.stringMatching(/at least 12 characters/)]);
    expect(startupPlan({ ...ready, ADMIN_PASSWORD: "short" }, true).errors).toEqual([expect.stringMatching(/at least 12 characters/)]);
    expect(startupPlan({ ...ready, ADMIN_EMAIL: undefined }, true).errors).toEqual(["set ADMIN_EMAIL to create the admin with ADMIN_PASSWORD"]);
    expect(startupPlan({ ...ready, STRIPE_WEBHOOK_SECRET: SANDBOX_WEBHOOK_SECRET }, true).errors).toEqual([expect.stringMatching(/published secret/)]);
  });

  it("ATELIER_DEMO=1 makes a production build a demo (the end-to-end server), and says so", () => {
    const plan = startupPlan({ ATELIER_DEMO: "1" }, true);
    expect(plan).toMatchObject({ demo: true, errors: [], demoBuyer: true, sandbox: true, admin: { email: DEMO_ADMIN.email } });
    expect(plan.notices).toEqual([expect.stringMatching(/never on a public server/)]);
    expect(startupPlan({ ATELIER_DEMO: "1", ...stripe }, true).sandbox).toBe(false);
  });

  it("starts the local print lab in a demo without a Printful key, never in production; Printful needs its webhook secret", () => {
    expect(startupPlan({ ATELIER_DEMO: "1" }, true).printLab).toBe(true);
    expect(startupPlan({ PRINTFUL_API_KEY: "pf_" + "k".repeat(30) }, false).printLab).toBe(false);
    expect(startupPlan(ready, true).printLab).toBe(false);
    expect(startupPlan({ ...ready, PRINTFUL_API_KEY: "pf_" + "k".repeat(30) }, true).errors).toEqual([expect.stringMatching(/PRINTFUL_WEBHOOK_SECRET/)]);
  });
});
