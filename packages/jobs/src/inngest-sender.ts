import type { Inngest } from "inngest";
import type { EventSender } from "./sender.ts";

/** Sends events to an Inngest server, which runs the functions served at /api/inngest. */
export function createInngestSender(inngest: Inngest.Any): EventSender {
  return {
    async send(input) {
      const events = (Array.isArray(input) ? input : [input]).map((e) => ({ name: e.name, data: e.data, ...(e.id ? { id: e.id } : {}) }));
      const res = await inngest.send(events);
      return { ids: events.map((e, i) => e.id ?? res.ids[i] ?? "") };
    },
  };
}
