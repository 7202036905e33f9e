import type { Db, Prisma } from "@atelier/db";
import crypto from "node:crypto";
import { consumedEventNames, triggerFor, type AnyJobDefinition } from "../define.ts";
import type { CatalogueEvent } from "@atelier/events";
import type { EventSender } from "@atelier/events";

interface InProcessSenderOptions {
  functions: AnyJobDefinition[];
  /** called after rows were queued, e.g. to wake the worker */
  onQueued?: () => void;
}

/**
 * The embedded default: each event becomes one JobRun row per function it triggers. The unique
 * (functionId, eventId) index makes a duplicate event a no-op, so each function runs once per event id.
 * Data is validated against the catalogue schema before anything is written.
 */
export function createInProcessSender(db: Db, opts: InProcessSenderOptions): EventSender {
  function rowsFor(input: CatalogueEvent | CatalogueEvent[]) {
    const events = Array.isArray(input) ? input : [input];
    const rows: Prisma.JobRunCreateManyInput[] = [];
    const ids: string[] = [];
    for (const event of events) {
      const eventId = event.id ?? crypto.randomUUID();
      ids.push(eventId);
      for (const fn of opts.functions) {
        const trigger = triggerFor(fn, event.name);
        if (!trigger) continue;
        const payload = trigger.schema.parse(event.data) as Prisma.InputJsonObject;
        rows.push({ functionId: fn.id, eventName: event.name, eventId, payload, maxAttempts: fn.retries + 1 });
      }
    }
    return { rows, ids };
  }
  const wake = () => opts.onQueued?.();
  const consumed = consumedEventNames(opts.functions);
  return {
    consumes: (name) => consumed.has(name),
    async send(input) {
      const { rows, ids } = rowsFor(input);
      if (rows.length) {
        await db.jobRun.createMany({ data: rows, skipDuplicates: true });
        wake();
      }
      return { ids };
    },
    async enqueueInTransaction(tx, input) {
      const { rows } = rowsFor(input);
      if (rows.length) await tx.jobRun.createMany({ data: rows, skipDuplicates: true });
      return wake;
    },
  };
}
