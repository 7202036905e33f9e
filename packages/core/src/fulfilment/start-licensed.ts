import type { Db } from "@atelier/db";
import { printLabSubmitRequestedEvent, type EventSender } from "@atelier/events";
import { grantDigitalDownload } from "../downloads/entitlement.ts";
import { isPhysicalProduct } from "../products/lab-shipping.ts";
import { recordPrintFulfilment } from "./submit.ts";

export interface StartLicensedDeps {
  db: Db;
  events: EventSender;
  /** public origin: the print lab fetches the print file from /media */
  appUrl: string;
}

export interface StartLicensedResult {
  /** order items recorded for the print lab and handed to submit-print-order */
  printed: string[];
  /** order items whose buyer now has the clean file */
  downloads: string[];
}

/**
 * order.paid → every licensed product of the order starts on its way, once: a print, poster, T-shirt… is recorded
 * as a Fulfilment (a snapshot of what to make: the variant, the quantity, the artwork's original image as the print
 * file) and handed to the submit-print-order job; a digital download becomes the buyer's entitlement to the clean file
 * (signed, expiring links from core/downloads). Idempotent: a recorded fulfilment, a granted download and the submit
 * event's id each stand the first time, so a retried or repeated order.paid adds nothing.
 */
export async function startLicensedFulfilment(deps: StartLicensedDeps, orderId: string): Promise<StartLicensedResult> {
  const items = await deps.db.orderItem.findMany({
    where: { orderId, listingSeller: { not: null }, status: "PAID", order: { status: "PAID" } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      quantity: true,
      variantCode: true,
      productTypeCode: true,
      artwork: { select: { images: { orderBy: { position: "asc" }, take: 1, select: { originalKey: true } } } },
    },
  });
  const result: StartLicensedResult = { printed: [], downloads: [] };
  for (const item of items) {
    if (!isPhysicalProduct(item.productTypeCode ?? "")) {
      await grantDigitalDownload(deps.db, { orderItemId: item.id });
      result.downloads.push(item.id);
      continue;
    }
    const key = item.artwork?.images[0]?.originalKey;
    if (!key) throw new Error(`order item ${item.id}: the artwork has no image to print`);
    await recordPrintFulfilment(deps.db, item.id, {
      variantCode: item.variantCode!,
      quantity: item.quantity,
      printFileUrl: new URL(`/media/${key}`, deps.appUrl).toString(),
      productName: item.title.slice(0, 200),
    });
    await deps.events.send(printLabSubmitRequestedEvent(item.id));
    result.printed.push(item.id);
  }
  return result;
}
