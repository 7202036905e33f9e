import { logger } from "@atelier/core/observability/logger";
import { jobs } from "./jobs";

/** Node.js runtime only (see instrumentation.ts). */
export function startInProcessJobs() {
  // eslint-disable-next-line no-restricted-properties -- Next's build-phase marker, not a setting
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const runtime = jobs();
  if (runtime.mode === "in-process") {
    runtime.startWorker();
    logger().info("jobs: in-process worker started (no Inngest server configured)");
  }
}
