import { transfersUnparked } from "@atelier/events";
import { parkedTransferIds } from "@atelier/core/transfers/park";
import { sendTransfer } from "@atelier/core/transfers/send-transfer";
import { defineJob } from "../define.ts";

/** transfers.unparked (an account became payable) → retries the user's parked transfers (still-open disputes keep theirs parked). */
export const unparkTransfers = defineJob({
  id: "unpark-transfers",
  name: "Retry parked transfers",
  triggers: [transfersUnparked],
  retries: 8,
  timeoutMs: 60_000,
  async handler({ event, step, deps }) {
    const ids = await step.run("parked", () => parkedTransferIds(deps.db, event.data.userId));
    const results: Record<string, unknown> = {};
    for (const id of ids) results[id] = await step.run(`send-${id}`, () => sendTransfer(deps, id));
    return results;
  },
});
