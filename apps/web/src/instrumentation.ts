/**
 * Starts the in-process job worker when the Node.js server starts (not in the edge runtime, not
 * during `next build`, and not when an Inngest server runs the functions instead).
 * The literal `process.env.NEXT_RUNTIME === "nodejs"` test lets the bundler drop the Node-only
 * import from the edge build.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's runtime marker, not a setting
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startInProcessJobs } = await import("./server/start-jobs");
    startInProcessJobs();
  }
}
