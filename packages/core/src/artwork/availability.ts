import { Prisma } from "@atelier/db";

/**
 * Whether a work can be bought now, decided in one place for the gallery, the artwork page, the
 * assistants and (later) the cart: pages show `label` and never derive this themselves. The SQL
 * twin below filters the gallery's "available" view by the same rule.
 */
export type AvailabilityState = "available" | "on_hold" | "sold" | "sold_out" | "not_for_sale";

export interface Availability {
  state: AvailabilityState;
  /** can be added to a cart and bought right now */
  purchasable: boolean;
  /** editions only: units left to sell now (neither sold nor held by an open checkout) */
  editionsLeft: number | null;
  /** the short line a card or page shows, or null when there is nothing to say (an original for sale) */
  label: string | null;
}

export interface AvailabilityInput {
  status: string;
  kind: "ORIGINAL" | "EDITION";
  editionSize: number | null;
  editionsSold: number;
  /** units reserved by open checkouts (released when they expire) */
  unitsHeld: number;
}

/**
 * `sellerCanBePaid`: the artist finished Stripe onboarding (see canReceivePayments); work of an
 * artist who cannot be paid is shown but is "Not yet for sale".
 */
export function availabilityOf(a: AvailabilityInput, sellerCanBePaid: boolean): Availability {
  const isEdition = a.kind === "EDITION" && a.editionSize !== null;
  const unsold = isEdition ? Math.max(a.editionSize! - a.editionsSold, 0) : null;
  const left = unsold === null ? null : Math.max(unsold - a.unitsHeld, 0);
  const edition = isEdition ? `Edition of ${a.editionSize}` : null;
  if (a.status === "SOLD") return { state: "sold", purchasable: false, editionsLeft: left, label: "Sold" };
  if (unsold === 0) return { state: "sold_out", purchasable: false, editionsLeft: 0, label: `${edition} · sold out` };
  if (a.status !== "PUBLISHED" || !sellerCanBePaid) {
    return { state: "not_for_sale", purchasable: false, editionsLeft: left, label: edition ? `${edition} · not yet for sale` : "Not yet for sale" };
  }
  // everything not sold is reserved by open checkouts: it comes back if they expire
  if (left === 0 || (!isEdition && a.unitsHeld > 0))
    return { state: "on_hold", purchasable: false, editionsLeft: left, label: edition ? `${edition} · on hold` : "On hold" };
  return { state: "available", purchasable: true, editionsLeft: left, label: edition ? `${edition} · ${left} left` : null };
}

/** The gallery's "available" filter: published, and for editions with units left (alias `a` is the Artwork row). */
export const availableSql = Prisma.sql`a."status" = 'PUBLISHED' AND (a."kind" = 'ORIGINAL' OR a."editionSize" IS NULL OR a."editionsSold" < a."editionSize")`;
