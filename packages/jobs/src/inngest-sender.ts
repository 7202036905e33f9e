import type { Inngest } from "inngest";
import type { EventSender } from "@atelier/events";
import { consumedEventNames, type AnyJobDefinition } from "./define.ts";

/** Sends events to an Inngest server, which runs the functions served at /api/inngest. */
export function createInngestSender(inngest: Inngest.Any, functions: AnyJobDefinition[]): EventSender {
  const consumed = consumedEventNames(functions);
  return {
    consumes: (name) => consumed.has(name),
    async send(input) {
      const events = (Array.isArray(input) ? input : [input]).map((e) => ({ name: e.name, data: e.data, ...(e.id ? { id: e.id } : {}) }));
      const res = await inngest.send(events);
      return { ids: events.map((e, i) => e.id ?? res.ids[i] ?? "") };
    },
  };
}
