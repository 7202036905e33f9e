import { missingStripe } from "@atelier/core/payments/stripe-client";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import type { Db } from "@atelier/db";
import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMailer, toInngestFunction, type Mailer, type OutgoingMail } from "../src/index.ts";
import { sendEmail } from "../src/functions/send-email.ts";

/** send-email needs neither Stripe nor follow-up events */
const noPayments = { stripe: missingStripe, appUrl: "http://atelier.test", events: { consumes: () => false, send: async () => ({ ids: [] }) } };

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database?.dispose());

const inngest = new Inngest({ id: "atelier-test", isDev: true });
const event = {
  name: "atelier/email.requested",
  data: {
    template: "application-rejected",
    to: "ada@example.org",
    props: { displayName: "Ada <Lovelace>", reason: "Please show more recent work.", applyUrl: "http://localhost/apply" },
  },
};

describe("send-email (Inngest function, @inngest/test)", () => {
  it("renders, stores and delivers through the outbox transport", async () => {
    const fn = toInngestFunction(inngest, sendEmail, () => ({ db, mailer: outboxMailer, now: () => new Date(), ...noPayments }));
    const t = new InngestTestEngine({ function: fn, events: [event] as never });
    const { result, ctx } = await t.execute();
    expect(ctx.step.run).toHaveBeenCalledWith("store", expect.any(Function));
    expect(result).toMatchObject({ transport: "outbox" });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: (result as { outboxId: string }).outboxId } });
    expect(row).toMatchObject({ toEmail: "ada@example.org", template: "application-rejected", status: "SENT", transport: "outbox", attempts: 1 });
    expect(row.subject).toBe("About your application to Atelier");
    expect(row.html).toContain("Please show more recent work.");
    expect(row.html).toContain("Ada &lt;Lovelace&gt;");
    expect(row.html).not.toContain("<Lovelace>");
    expect(row.text).toContain("> Please show more recent work.");
  });

  it("hands the rendered mail to the configured mailer and records failures", async () => {
    const sent: OutgoingMail[] = [];
    const smtp: Mailer = { transport: "smtp", deliver: async (m) => void sent.push(m) };
    const ok = new InngestTestEngine({
      function: toInngestFunction(inngest, sendEmail, () => ({ db, mailer: smtp, now: () => new Date(), ...noPayments })),
      events: [event] as never,
    });
    await ok.execute();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "ada@example.org", subject: "About your application to Atelier" });

    const broken: Mailer = {
      transport: "smtp",
      deliver: async () => {
        throw new Error("connection refused");
      },
    };
    const bad = new InngestTestEngine({
      function: toInngestFunction(inngest, sendEmail, () => ({ db, mailer: broken, now: () => new Date(), ...noPayments })),
      events: [event] as never,
    });
    const { error } = await bad.execute();
    expect(JSON.stringify(error)).toContain("connection refused");
    const failed = await db.emailOutbox.findFirstOrThrow({ where: { lastError: { not: null } } });
    expect(failed).toMatchObject({ status: "PENDING", lastError: "connection refused", attempts: 1 });
  });
});
