import type { Tx } from "../inventory/tx.ts";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { parseMajorUnits } from "../money/parse.ts";
import { isCurrency } from "../money/currencies.ts";
import { MAX_ITEM_NUMBER, type addItemSchema } from "../schemas/live-shows.ts";
import type { LiveShowDeps } from "./deps.ts";
import { SHOW_NOT_FOUND } from "./owned.ts";

type AddItem = z.output<typeof addItemSchema>;

/** Units of an artwork nobody has bought or holds: an original has one, an edition its size. */
export function unitsLeft(work: { kind: "ORIGINAL" | "EDITION"; editionSize: number | null; editionsSold: number; unitsHeld: number }): number {
  const stock = work.kind === "ORIGINAL" ? 1 : (work.editionSize ?? 0);
  return Math.max(0, stock - work.editionsSold - work.unitsHeld);
}

/**
 * Puts an item on sale in a show that has not ended: one of the artist's PUBLISHED works in the show's currency
 * (title and price from the work, quantity = the units left now), or an ad-hoc item with its own title, price and
 * quantity. The number is what viewers type; without one it is the next free number.
 */
export async function addItem(deps: LiveShowDeps, input: AddItem) {
  return deps.db.$transaction(async (tx) => {
    // the show row lock serialises numbering, so two items added at once never get the same number
    const [show] = await tx.$queryRaw<{ artistId: string; currency: string; status: string }[]>`
      SELECT "artistId", currency, status::text AS status FROM "LiveShow" WHERE id = ${input.showId} FOR UPDATE`;
    if (!show) throw new AppError("NOT_FOUND", SHOW_NOT_FOUND);
    if (show.status === "ENDED") throw AppError.field("PRECONDITION_FAILED", "showId", "This show has ended: items can no longer be added.");
    const number = input.number ?? (await nextNumber(tx, input.showId));
    if (number > MAX_ITEM_NUMBER) throw AppError.field("BAD_REQUEST", "number", `Item numbers go up to ${MAX_ITEM_NUMBER}`);
    const taken = await tx.liveShowItem.findUnique({ where: { showId_number: { showId: input.showId, number } }, select: { title: true } });
    if (taken) throw AppError.field("CONFLICT", "number", `Number ${number} is already ${taken.title}; choose another number.`);
    const fields = input.kind === "artwork" ? await fromArtwork(tx, show, input.showId, input.artworkId) : adHoc(show.currency, input);
    return tx.liveShowItem.create({
      data: { showId: input.showId, number, ...fields },
      select: { id: true, number: true, title: true, unitAmount: true, quantity: true, artworkId: true },
    });
  });
}

async function nextNumber(tx: Tx, showId: string): Promise<number> {
  const top = await tx.liveShowItem.aggregate({ where: { showId }, _max: { number: true } });
  return (top._max.number ?? 0) + 1;
}

function adHoc(currency: string, input: Extract<AddItem, { kind: "adhoc" }>) {
  if (!isCurrency(currency)) throw new AppError("PRECONDITION_FAILED", `The show's currency ${currency} is not supported.`);
  const price = parseMajorUnits(input.price, currency);
  if (!price.ok) throw AppError.field("BAD_REQUEST", "price", price.message);
  return { title: input.title, unitAmount: price.minor, quantity: input.quantity, artworkId: null };
}

async function fromArtwork(tx: Tx, show: { artistId: string; currency: string }, showId: string, artworkId: string) {
  const work = await tx.artwork.findFirst({
    where: { id: artworkId, artistId: show.artistId, status: "PUBLISHED" },
    select: { id: true, title: true, priceAmount: true, currency: true, kind: true, editionSize: true, editionsSold: true, unitsHeld: true },
  });
  if (!work) throw AppError.field("BAD_REQUEST", "artworkId", "Choose one of your published works.");
  if (work.currency !== show.currency)
    throw AppError.field("BAD_REQUEST", "artworkId", `${work.title} is priced in ${work.currency}; this show sells in ${show.currency}.`);
  const already = await tx.liveShowItem.findFirst({ where: { showId, artworkId }, select: { number: true } });
  if (already) throw AppError.field("CONFLICT", "artworkId", `${work.title} is already item ${already.number} of this show.`);
  const left = unitsLeft(work);
  if (left < 1) throw AppError.field("BAD_REQUEST", "artworkId", `${work.title} is sold or held by a buyer right now.`);
  return { title: work.title, unitAmount: work.priceAmount, quantity: left, artworkId: work.id };
}
