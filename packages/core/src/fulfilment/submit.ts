import type { Db, Prisma } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { printSpecSchema, type PrintSpec } from "../schemas/fulfilment.ts";
import { moveFulfilment } from "./move.ts";
import { PrintLabRefused, type PrintLabAdapter } from "./print-lab.ts";
import { recipientFromOrder } from "./recipient.ts";

export interface FulfilmentDeps {
  db: Db;
  /** the configured lab (core/fulfilment/print-lab-client.ts); null when none is */
  lab: PrintLabAdapter | null;
  events: EventSender;
  now: () => Date;
}

/** Our id for the lab order of an order item: the lab's idempotency key (Printful allows 32 characters). */
export const labExternalId = (orderItemId: string) => `atl-${orderItemId}`;

export type SubmitOutcome = "submitted" | "already-submitted" | "failed";
export interface SubmitResult {
  outcome: SubmitOutcome;
  fulfilmentId: string;
  status: string;
  externalId: string;
  failureReason: string | null;
}

/**
 * Records that an order item is to be made by the print lab, with a snapshot of what to make (so the
 * fulfilment never depends on the product tables as they are later). Idempotent: the first record of
 * an order item stands. Use inside the transaction that creates or pays the item, or on its own.
 * `provider` is the lab it is meant for; submitting sets it to the lab that takes the order.
 */
export async function recordPrintFulfilment(db: Db | Prisma.TransactionClient, orderItemId: string, spec: PrintSpec, provider = "unassigned") {
  const product = printSpecSchema.parse(spec);
  const externalId = labExternalId(orderItemId);
  await db.$executeRaw`
    INSERT INTO "Fulfilment" ("id", "orderItemId", "provider", "externalId", "product", "status", "createdAt", "updatedAt")
    VALUES (${`ful_${orderItemId}`}, ${orderItemId}, ${provider}, ${externalId}, ${JSON.stringify(product)}::jsonb, 'PENDING', now(), now())
    ON CONFLICT ("orderItemId") DO NOTHING`;
  return db.fulfilment.findUniqueOrThrow({ where: { orderItemId } });
}

/**
 * Sends a paid order item to the print lab (call it on `order.paid`, or through the `submit-print-order`
 * job). With `spec` the fulfilment is recorded first if it was not; without, one must have been. The lab
 * order is created once whatever happens: its external id is fixed per item, so a retry after a timeout
 * finds the order the first attempt made. A refusal (bad address, unknown variant) marks the fulfilment
 * FAILED with the lab's reason; a lab that is down throws, and the job retries with backoff.
 */
export async function submitOrderItemToLab(deps: FulfilmentDeps, orderItemId: string, spec?: PrintSpec): Promise<SubmitResult> {
  const { db, lab } = deps;
  if (!lab)
    throw new AppError("PRECONDITION_FAILED", "No print lab is configured: set PRINTFUL_API_KEY, or run through ./atelier dev (it starts the local print lab)");
  const item = await db.orderItem.findUnique({
    where: { id: orderItemId },
    select: { id: true, status: true, order: { select: { status: true, shippingAddress: true, buyer: { select: { email: true } } } } },
  });
  if (!item) throw new AppError("NOT_FOUND", "No such order item");
  let f = await db.fulfilment.findUnique({ where: { orderItemId } });
  if (!f) {
    if (!spec) throw new AppError("PRECONDITION_FAILED", "This order item has no print fulfilment recorded: pass what to print");
    f = await recordPrintFulfilment(db, orderItemId, spec, lab.provider);
  }
  const result = (outcome: SubmitOutcome, row: { id: string; status: string; externalId: string; failureReason: string | null }): SubmitResult => ({
    outcome,
    fulfilmentId: row.id,
    status: row.status,
    externalId: row.externalId,
    failureReason: row.failureReason,
  });
  if (f.status !== "PENDING") return result("already-submitted", f);
  if (item.status !== "PAID" || item.order.status !== "PAID") throw new AppError("PRECONDITION_FAILED", "Only a paid order item is sent to the print lab");

  const now = deps.now();
  const recipient = recipientFromOrder(item.order.shippingAddress, item.order.buyer.email);
  if (!recipient) return fail(deps, f.id, "The order has no shipping address to send the print to", now).then((row) => result("failed", row));
  const product = printSpecSchema.parse(f.product);
  await db.fulfilment.update({ where: { id: f.id }, data: { attempts: { increment: 1 }, provider: lab.provider } });
  let order;
  try {
    order = await lab.createOrder({
      externalId: f.externalId,
      recipient,
      items: [{ variantCode: product.variantCode, quantity: product.quantity, printFileUrl: product.printFileUrl, name: product.productName }],
    });
  } catch (e) {
    if (e instanceof PrintLabRefused) return fail(deps, f.id, e.message, now).then((row) => result("failed", row));
    throw e;
  }
  const fulfilmentId = f.id;
  const after = await db.$transaction(async (tx) => {
    await tx.fulfilment.update({ where: { id: fulfilmentId }, data: { providerOrderId: order.id, submittedAt: now } });
    if (!order.status) return async () => {};
    const moved = await moveFulfilment(tx, deps.events, {
      fulfilmentId,
      to: order.status,
      occurredAt: now,
      shipment: order.shipment,
      deliveredAt: order.deliveredAt,
      reason: order.failureReason,
    });
    return moved.afterCommit;
  });
  await after();
  return result("submitted", await db.fulfilment.findUniqueOrThrow({ where: { id: fulfilmentId } }));
}

async function fail(deps: FulfilmentDeps, fulfilmentId: string, reason: string, now: Date) {
  await deps.db.$transaction((tx) => moveFulfilment(tx, deps.events, { fulfilmentId, to: "FAILED", occurredAt: now, reason }));
  return deps.db.fulfilment.findUniqueOrThrow({ where: { id: fulfilmentId } });
}
