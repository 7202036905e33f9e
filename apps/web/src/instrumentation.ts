/**
 * Starts the in-process job worker when the Node.js server starts (not in the edge runtime, not
 * during `next build`, and not when an Inngest server runs the functions instead).
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's runtime markers, not settings
  const { NEXT_RUNTIME, NEXT_PHASE } = process.env;
  if (NEXT_RUNTIME !== "nodejs" || NEXT_PHASE === "phase-production-build") return;
  const { jobs } = await import("./server/jobs");
  const runtime = jobs();
  if (runtime.mode === "in-process") {
    runtime.startWorker();
    console.log("[jobs] in-process worker started (no Inngest server configured)");
  }
}
