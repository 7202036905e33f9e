import { orderPaid } from "@atelier/events";
import { createOrderTransfers } from "@atelier/core/transfers/create-transfers";
import { sendTransfer } from "@atelier/core/transfers/send-transfer";
import { defineJob } from "../define.ts";

/**
 * order.paid → one Transfer per recipient (PENDING first), each sent in its own step: Stripe down or slow
 * fails the step and the runner retries it with the same idempotency key; a refusal ends as FAILED or PARKED.
 */
export const transferOrder = defineJob({
  id: "transfer-order",
  name: "Transfer an order's shares to its artists",
  triggers: [orderPaid],
  retries: 8,
  timeoutMs: 60_000,
  async handler({ event, step, deps }) {
    const ids = await step.run("create-transfers", () => createOrderTransfers(deps.db, event.data.orderId));
    const results: Record<string, unknown> = {};
    for (const id of ids) results[id] = await step.run(`send-${id}`, () => sendTransfer(deps, id));
    return results;
  },
});
