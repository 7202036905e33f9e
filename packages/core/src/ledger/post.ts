import type { Prisma } from "@atelier/db";

/** A client that can write: the db itself or an open transaction. */
export type LedgerTx = Prisma.TransactionClient;

export type LedgerKindName = "SALE" | "STRIPE_FEE" | "TRANSFER" | "REVERSAL" | "REFUND" | "DISPUTE";

/** Payees with a Stripe connected account: what they earn is sent to them by transfers, one per order per user. */
export const CONNECTED_PAYEES = ["ARTIST", "STORE"] as const;
export type ConnectedPayee = (typeof CONNECTED_PAYEES)[number];
export type LedgerPayeeName = ConnectedPayee | "PRINT_LAB" | "PLATFORM";

export interface LedgerLine {
  payee: LedgerPayeeName;
  /** the artist's or store owner's user id; null for the platform and the print lab */
  payeeId: string | null;
  currency: string;
  /** signed minor units */
  amount: number;
  kind: LedgerKindName;
  orderId?: string | null;
  orderItemId?: string | null;
  transferId?: string | null;
  refundId?: string | null;
  disputeId?: string | null;
  memo?: string;
}

/** `amount` (> 0) of line `entryId` settled by the line being posted. */
export interface Settlement {
  entryId: string;
  amount: number;
}

function assertLine(l: LedgerLine): void {
  if (!Number.isSafeInteger(l.amount)) throw new RangeError(`ledger amounts are whole minor units (got ${l.amount})`);
  const nobody = l.payee === "PLATFORM" || l.payee === "PRINT_LAB";
  if (nobody !== (l.payeeId === null)) throw new RangeError("PLATFORM and PRINT_LAB lines have no payeeId; ARTIST and STORE lines have one");
}

/** Appends one line; returns its id. */
export async function postLine(tx: LedgerTx, line: LedgerLine): Promise<string> {
  assertLine(line);
  const row = await tx.ledgerEntry.create({ data: { ...line, memo: line.memo ?? "" }, select: { id: true } });
  return row.id;
}

/** Appends lines that carry no settlements (sales, fees, refund and dispute shares). Zero amounts are skipped. */
export async function postLines(tx: LedgerTx, lines: LedgerLine[]): Promise<void> {
  const rows = lines.filter((l) => l.amount !== 0);
  rows.forEach(assertLine);
  if (rows.length) await tx.ledgerEntry.createMany({ data: rows.map((l) => ({ ...l, memo: l.memo ?? "" })) });
}

/** Appends a settling line (a TRANSFER or a REVERSAL) with the lines it settles. */
export async function postSettlingLine(tx: LedgerTx, line: LedgerLine, settles: Settlement[]): Promise<string> {
  const id = await postLine(tx, line);
  const rows = settles.filter((s) => s.amount > 0);
  if (rows.length) await tx.ledgerSettlement.createMany({ data: rows.map((s) => ({ entryId: s.entryId, settlingId: id, amount: s.amount })) });
  return id;
}
