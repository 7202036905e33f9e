import { issueCertificatesForOrder } from "@atelier/core/certificates/issue";
import { resolveCertificateKey } from "@atelier/core/certificates/signing-key";
import { dataDir } from "@atelier/db";
import { only, type MatrixRow, type Outcome } from "../types.ts";
import type { Fixture, Persona } from "../fixture.ts";
import { makeArtwork, paidOrder } from "../../orders/fixtures.ts";

/** Certificates: anyone reads and verifies; only the holder transfers or changes what the page shows; the artist sees their sale's. */

/** A fresh certificate held by `buyer` for a work of `owner`'s; signed with the key the context falls back to. */
async function buyersCertificate(fx: Fixture) {
  const artwork = await makeArtwork(fx.db, { profileId: fx.artistProfiles.owner.id });
  const order = await paidOrder(fx.db, { buyerId: fx.users.buyer.id, items: [{ artwork, sellerId: fx.users.owner.id }] });
  await issueCertificatesForOrder({ db: fx.db, certificateKey: resolveCertificateKey(undefined, dataDir()), now: () => new Date() }, order.id);
  const c = await fx.db.certificate.findFirstOrThrow({ where: { orderItemId: order.items[0]!.id }, select: { serial: true, orderItemId: true } });
  return c;
}

const holderOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };

export const rows: MatrixRow[] = [
  { path: "certificate.bySerial", input: async (fx) => ({ serial: (await buyersCertificate(fx)).serial }), expect: only.everyone },
  { path: "certificate.verify", input: () => ({ token: "ATC1.e30.AAAA" }), expect: only.everyone },
  { path: "certificate.mine", input: () => undefined, expect: only.signedIn },
  {
    path: "certificate.ofSale",
    input: async (fx) => ({ orderItemId: (await buyersCertificate(fx)).orderItemId }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" },
  },
  { path: "certificate.transfer", input: async (fx) => ({ serial: (await buyersCertificate(fx)).serial, email: fx.users.admin.email }), expect: holderOnly },
  { path: "certificate.setVisibility", input: async (fx) => ({ serial: (await buyersCertificate(fx)).serial, showOwnerName: true }), expect: holderOnly },
];
