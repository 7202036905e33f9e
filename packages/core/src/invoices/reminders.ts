import { logger } from "../observability/logger.ts";
import { mailInvoice } from "./send.ts";
import type { InvoiceSyncDeps } from "./sync.ts";
import { voidInvoice } from "./void.ts";

/** A reminder goes this long before the due date, and another this long after it. */
export const REMINDER_BEFORE_MS = 2 * 86_400_000;
export const REMINDER_AFTER_MS = 1 * 86_400_000;

export interface SweepResult {
  remindedBefore: number;
  remindedAfter: number;
  voided: number;
}

/**
 * The hourly invoice sweep (a durable job; its event id is the hour, so several servers sweep once): every OPEN
 * invoice with an email gets one reminder two days before it is due and one a day after, each at most once (a
 * conditional update claims it before the mail is sent); an OPEN invoice still unpaid `graceDays` after its due
 * date is voided — at Stripe, then here — which releases its work to the next claimer.
 */
export async function sweepInvoices(deps: InvoiceSyncDeps): Promise<SweepResult> {
  const { db } = deps;
  const now = deps.now();
  const result: SweepResult = { remindedBefore: 0, remindedAfter: 0, voided: 0 };

  const expired = await db.invoice.findMany({ where: { status: "OPEN" }, select: { id: true, dueAt: true, graceDays: true, reference: true }, take: 500 });
  for (const inv of expired) {
    if (inv.dueAt.getTime() + inv.graceDays * 86_400_000 > now.getTime()) continue;
    try {
      await voidInvoice(deps, inv.id, `Unpaid ${inv.graceDays} days after its due date`);
      result.voided++;
    } catch (e) {
      logger().error(`invoices: could not void ${inv.reference}: ${(e as Error).message}`);
    }
  }

  const before = await db.invoice.findMany({
    where: { status: "OPEN", buyerEmail: { not: null }, reminderBeforeAt: null, dueAt: { gt: now, lte: new Date(now.getTime() + REMINDER_BEFORE_MS) } },
    select: { id: true, createdAt: true },
    take: 500,
  });
  for (const inv of before) {
    // an invoice made less than a day before it is due needs no reminder of it
    if (now.getTime() - inv.createdAt.getTime() < 86_400_000) continue;
    const claimed = await db.invoice.updateMany({ where: { id: inv.id, reminderBeforeAt: null }, data: { reminderBeforeAt: now } });
    if (claimed.count !== 1) continue;
    await mailInvoice(deps, inv.id, "reminder-before");
    result.remindedBefore++;
  }

  const after = await db.invoice.findMany({
    where: { status: "OPEN", buyerEmail: { not: null }, reminderAfterAt: null, dueAt: { lte: new Date(now.getTime() - REMINDER_AFTER_MS) } },
    select: { id: true },
    take: 500,
  });
  for (const inv of after) {
    const claimed = await db.invoice.updateMany({ where: { id: inv.id, reminderAfterAt: null }, data: { reminderAfterAt: now } });
    if (claimed.count !== 1) continue;
    await mailInvoice(deps, inv.id, "reminder-after");
    result.remindedAfter++;
  }
  return result;
}
