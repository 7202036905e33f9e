import type { Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { stripeCatalogueEvent } from "@atelier/events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allFunctions, createInProcessSender } from "../src/index.ts";

/**
 * planJobRuns (what the webhook ingest writes in its own statement) plans exactly the rows send()
 * writes, validated the same way, and writes nothing itself.
 */
let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.dispose();
});

let n = 0;
const payoutPaid = () => {
  const id = `evt_plan_${++n}_${Date.now()}`;
  return stripeCatalogueEvent({ stripeEventId: id, type: "payout.paid", account: "acct_plan", objectId: "po_plan" }, id);
};

describe("in-process sender: planJobRuns", () => {
  it("plans the rows send() writes (function, event name and id, payload, attempts) and writes none", async () => {
    let woken = 0;
    const sender = createInProcessSender(db, { functions: allFunctions, onQueued: () => woken++ });
    const event = payoutPaid();
    const { runs, afterCommit } = sender.planJobRuns(event);
    expect(await db.jobRun.count({ where: { eventId: event.id! } })).toBe(0);
    expect(woken).toBe(0);
    afterCommit();
    expect(woken).toBe(1);

    await sender.send(event);
    const written = await db.jobRun.findMany({ where: { eventId: event.id! }, orderBy: { functionId: "asc" } });
    expect(runs.map((r) => ({ ...r }))).toEqual(
      written.map((w) => ({ functionId: w.functionId, eventName: w.eventName, eventId: w.eventId, payload: w.payload, maxAttempts: w.maxAttempts })),
    );
    expect(runs.map((r) => r.functionId)).toEqual(["sync-payout"]);
  });

  it("refuses data the catalogue schema refuses, as send() does", async () => {
    const sender = createInProcessSender(db, { functions: allFunctions });
    const event = { ...payoutPaid(), data: { stripeEventId: 42 } } as unknown as ReturnType<typeof payoutPaid>;
    expect(() => sender.planJobRuns(event)).toThrow();
    await expect(sender.send(event)).rejects.toThrow();
  });

  it("plans nothing for an event no function is triggered by", () => {
    const sender = createInProcessSender(db, { functions: allFunctions });
    const id = `evt_plan_none_${++n}`;
    expect(sender.planJobRuns(stripeCatalogueEvent({ stripeEventId: id, type: "customer.created", account: null, objectId: null }, id)).runs).toEqual([]);
  });
});
