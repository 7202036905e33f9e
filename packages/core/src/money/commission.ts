import { splitItem, type ItemSplit } from "./split.ts";

/** The two commission settings (core env: COMMISSION_ORIGINALS_BPS, COMMISSION_EDITIONS_BPS). */
type CommissionSettings = { COMMISSION_ORIGINALS_BPS: number; COMMISSION_EDITIONS_BPS: number };

/** The platform's rate for a kind of work (settings: COMMISSION_ORIGINALS_BPS, COMMISSION_EDITIONS_BPS). */
export function commissionBpsFor(kind: "ORIGINAL" | "EDITION", settings: CommissionSettings): number {
  return kind === "ORIGINAL" ? settings.COMMISSION_ORIGINALS_BPS : settings.COMMISSION_EDITIONS_BPS;
}

/** What the artist receives for one unit shipped at `shippingAmount`: shown to artists on their own works. */
export function sellerShareOf(art: { kind: "ORIGINAL" | "EDITION"; priceAmount: number }, shippingAmount: number, settings: CommissionSettings): ItemSplit {
  return splitItem({ unitAmount: art.priceAmount, quantity: 1, shippingAmount, commissionBps: commissionBpsFor(art.kind, settings) });
}
