import type { Inngest } from "inngest";
import type { AnyJobDefinition, JobDeps, StepApi } from "./define.ts";

/** A real Inngest function for a job definition: the same handler, Inngest's step tools. */
export function toInngestFunction(inngest: Inngest.Any, def: AnyJobDefinition, deps: () => JobDeps) {
  return inngest.createFunction(
    { id: def.id, name: def.name, retries: def.retries as 4, triggers: [def.trigger] },
    async ({ event, step, attempt }) => {
      const stepApi: StepApi = {
        run: <T>(id: string, fn: () => Promise<T> | T) => step.run(id, fn) as Promise<T>,
      };
      const data: unknown = def.trigger.schema.parse(event.data);
      return def.handler({ event: { id: event.id ?? "", name: event.name, data }, step: stepApi, attempt, deps: deps() });
    },
  );
}

export function toInngestFunctions(inngest: Inngest.Any, defs: AnyJobDefinition[], deps: () => JobDeps) {
  return defs.map((d) => toInngestFunction(inngest, d, deps));
}
