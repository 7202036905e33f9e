import type { Prisma } from "@atelier/db";

/** A client that can write: the db itself or an open transaction. */
export type LedgerTx = Prisma.TransactionClient;

export type LedgerKindName = "SALE" | "STRIPE_FEE" | "TRANSFER" | "REVERSAL" | "REFUND" | "DISPUTE";

export interface LedgerLine {
  payee: "ARTIST" | "PLATFORM";
  /** the artist's user id; null for the platform */
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
  if ((l.payee === "PLATFORM") !== (l.payeeId === null)) throw new RangeError("a PLATFORM line has no payeeId; an ARTIST line has one");
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
