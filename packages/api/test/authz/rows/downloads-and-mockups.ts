import { grantDigitalDownload } from "@atelier/core/downloads/entitlement";
import type { Fixture, Persona } from "../fixture.ts";
import { only, type MatrixRow, type Outcome } from "../types.ts";
import { makeArtwork, paidOrder } from "../../orders/fixtures.ts";

/** Digital downloads are the buyer's own (anyone else's id → NOT_FOUND); mockups are the artist's own works' (another artist's → NOT_FOUND). */

async function buyersDownload(fx: Fixture) {
  const artwork = await makeArtwork(fx.db, { profileId: fx.artistProfiles.owner.id });
  const order = await paidOrder(fx.db, { buyerId: fx.users.buyer.id, items: [{ artwork, sellerId: fx.users.owner.id }] });
  return (await grantDigitalDownload(fx.db, { orderItemId: order.items[0]!.id })).id;
}

const buyersOwn: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };
const anyArtist: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };
const ownerOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" };

export const rows: MatrixRow[] = [
  { path: "download.mine", input: () => undefined, expect: only.signedIn },
  { path: "download.link", input: async (fx) => ({ downloadId: await buyersDownload(fx) }), expect: buyersOwn },
  { path: "mockup.ofMyArtwork", input: async (fx) => ({ artworkId: (await fx.newArtwork({ status: "PUBLISHED" })).id }), expect: ownerOnly },
  { path: "mockup.myLatest", input: () => undefined, expect: anyArtist },
];
