import { releaseAgentHold } from "@atelier/core/inventory/agent-holds";
import { agentHoldPlaced } from "@atelier/events";
import { defineJob } from "../define.ts";

/** Sleeps until an agent's hold expires, then gives its units back (nothing if it was checked out or already released). */
export const releaseAgentHoldJob = defineJob({
  id: "release-agent-hold",
  name: "Release an expired agent hold",
  triggers: [agentHoldPlaced],
  retries: 8,
  async handler({ event, step, deps }) {
    await step.sleepUntil("until-expiry", new Date(event.data.expiresAt));
    return step.run("release", () => releaseAgentHold(deps.db, event.data.holdId, deps.now()));
  },
});
