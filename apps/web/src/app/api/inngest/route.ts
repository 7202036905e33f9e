import { allFunctions, inngest, toInngestFunctions } from "@atelier/jobs";
import { serve } from "inngest/next";
import { jobs } from "~/server/jobs";

/** Inngest calls the durable functions here (production, or with INNGEST_DEV=1 and a Dev Server). */
export const { GET, POST, PUT } = serve({
  client: inngest,
  functions: toInngestFunctions(inngest, allFunctions, () => jobs().deps),
});
