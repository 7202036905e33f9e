import { withLogFields } from "@atelier/core/observability/logger";
import { withSpan } from "@atelier/core/observability/tracing";
import type { Inngest } from "inngest";
import { triggerFor, type AnyJobDefinition, type JobDeps, type StepApi } from "./define.ts";

/** A real Inngest function for a job definition: the same handler, Inngest's step tools. */
export function toInngestFunction(inngest: Inngest.Any, def: AnyJobDefinition, deps: () => JobDeps) {
  return inngest.createFunction({ id: def.id, name: def.name, retries: def.retries as 4, triggers: [...def.triggers] }, async ({ event, step, attempt }) => {
    const stepApi: StepApi = {
      run: <T>(id: string, fn: () => Promise<T> | T) => step.run(id, fn) as Promise<T>,
      async sendEvent(id, input) {
        const events = (Array.isArray(input) ? input : [input]).map((e) => ({ name: e.name, data: e.data, ...(e.id ? { id: e.id } : {}) }));
        await step.sendEvent(id, events);
      },
      async sleepUntil(id, until) {
        await step.sleepUntil(id, until);
      },
    };
    const trigger = triggerFor(def, event.name) ?? def.triggers[0];
    const data: unknown = trigger.schema.parse(event.data);
    // Inngest bounds and cancels runs itself; the in-process runner is the one that aborts this signal
    const signal = new AbortController().signal;
    // the same span and log fields as the in-process runner (Inngest calls this once per step)
    return withLogFields({ functionId: def.id, eventId: event.id, attempt }, () =>
      withSpan(`job ${def.id}`, { "job.function": def.id, "job.event": event.name, "job.attempt": attempt }, () =>
        def.handler({ event: { id: event.id ?? "", name: event.name, data }, step: stepApi, attempt, deps: deps(), signal }),
      ),
    );
  });
}

export function toInngestFunctions(inngest: Inngest.Any, defs: AnyJobDefinition[], deps: () => JobDeps) {
  return defs.map((d) => toInngestFunction(inngest, d, deps));
}
