/**
 * Runs once when the Node.js server starts (not in the edge runtime): stamps each request with its
 * socket peer (see server/socket-peer.ts), sets up logging and tracing, and starts the in-process job
 * worker (not during `next build`, and not when an Inngest server runs the functions instead).
 * The literal `process.env.NEXT_RUNTIME === "nodejs"` test lets the bundler drop the Node-only
 * imports from the edge build.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's runtime marker, not a setting
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installSocketPeerStamp } = await import("./server/socket-peer");
    installSocketPeerStamp();
    const { startObservability } = await import("./server/observability");
    startObservability();
    const { startInProcessJobs } = await import("./server/start-jobs");
    startInProcessJobs();
  }
}
