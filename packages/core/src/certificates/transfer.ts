import { AppError } from "../errors.ts";
import { TX_OPTIONS } from "../transfers/deps.ts";
import { sellExistingUnit } from "./issue.ts";
import type { CertificateDeps } from "./sign.ts";

/**
 * A private sale: the owner hands the certificate to another Atelier account, named by its email. The next
 * version is signed for the new owner and recorded in the chain (kind PRIVATE); the old payload then verifies as
 * "superseded". Only the current owner can do it; anyone else's serial is NOT_FOUND, so holdings cannot be probed.
 * The recipient must already have an account (an unknown email is a field error: the owner learns no more than
 * that a transfer to that address cannot be made).
 */
export async function transferCertificate(deps: CertificateDeps, ownerUserId: string, input: { serial: string; email: string }) {
  const { db, now } = deps;
  const c = await db.certificate.findUnique({ where: { serial: input.serial }, select: { id: true, ownerUserId: true } });
  if (!c || c.ownerUserId !== ownerUserId) throw AppError.field("NOT_FOUND", "serial", "You hold no certificate with this number");
  const to = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!to) throw AppError.field("BAD_REQUEST", "email", "No Atelier account uses this email: ask the new owner to sign up first");
  if (to.id === ownerUserId) throw AppError.field("BAD_REQUEST", "email", "This is your own account");
  const at = now();
  const { version } = await db.$transaction(async (tx) => {
    // still ours? (sellExistingUnit's update is conditional on the version it read, so two transfers never both apply)
    const still = await tx.certificate.count({ where: { id: c.id, ownerUserId } });
    if (!still) throw AppError.field("NOT_FOUND", "serial", "You hold no certificate with this number");
    return sellExistingUnit(deps, tx, c.id, "PRIVATE", { orderItemId: null, unitIndex: null, buyerId: to.id, soldAt: at });
  }, TX_OPTIONS);
  return { serial: input.serial, version, ownedSince: at };
}

/** The owner chooses whether the public page names them (default: "a private collector"). */
export async function setCertificateVisibility(deps: Pick<CertificateDeps, "db">, ownerUserId: string, input: { serial: string; showOwnerName: boolean }) {
  const moved = await deps.db.certificate.updateMany({ where: { serial: input.serial, ownerUserId }, data: { ownerNamePublic: input.showOwnerName } });
  if (moved.count !== 1) throw AppError.field("NOT_FOUND", "serial", "You hold no certificate with this number");
  return { serial: input.serial, showOwnerName: input.showOwnerName };
}
