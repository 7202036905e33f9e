import { moveFulfilment } from "./move.ts";
import type { FulfilmentDeps } from "./submit.ts";

/** Fulfilments asked about per sweep (Printful allows 120 requests a minute; one order can take two). */
export const SYNC_BATCH = 40;

/**
 * Asks the lab about orders still on their way (created, in production, shipped) that no event has moved
 * for `staleAfterMs`, and applies what it says, forward-only. Webhooks are the fast path; this is the
 * backstop for a lost delivery and for what a lab sends no event about (Printful has no delivered event:
 * a shipment's delivery shows only in its tracking). Run on the hourly deliveries sweep.
 */
export async function syncOpenFulfilments(deps: FulfilmentDeps, opts: { staleAfterMs?: number; limit?: number } = {}) {
  if (!deps.lab) return { asked: 0, moved: 0 };
  const now = deps.now();
  const open = await deps.db.fulfilment.findMany({
    where: {
      provider: deps.lab.provider,
      status: { in: ["CREATED", "IN_PRODUCTION", "SHIPPED"] },
      updatedAt: { lt: new Date(now.getTime() - (opts.staleAfterMs ?? 3_600_000)) },
    },
    orderBy: { updatedAt: "asc" },
    take: opts.limit ?? SYNC_BATCH,
    select: { id: true, externalId: true },
  });
  let moved = 0;
  for (const f of open) {
    const order = await deps.lab.getStatus(f.externalId);
    if (order?.status) {
      const status = order.status;
      const r = await deps.db.$transaction((tx) =>
        moveFulfilment(tx, deps.events, {
          fulfilmentId: f.id,
          to: status,
          occurredAt: now,
          shipment: order.shipment,
          deliveredAt: order.deliveredAt,
          reason: order.failureReason,
        }),
      );
      await r.afterCommit();
      if (r.moved) moved++;
    }
    // asked and unchanged: not asked again for another `staleAfterMs`
    await deps.db.fulfilment.update({ where: { id: f.id }, data: { updatedAt: now } });
  }
  return { asked: open.length, moved };
}
