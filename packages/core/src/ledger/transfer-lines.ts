import type { OpenLine } from "./open-lines.ts";
import { postSettlingLine, type ConnectedPayee, type LedgerTx, type Settlement } from "./post.ts";

export interface TransferLineBase {
  payeeId: string;
  currency: string;
  orderId: string;
  transferId: string;
  memo: string;
}

/**
 * Posts the TRANSFER line(s) of one transfer: one per role the settled lines were earned in (a user who is both
 * the artist and the store owner of an order gets one transfer, booked as an ARTIST line and a STORE line), each
 * −(what it settles of that role's sales − what it nets of that role's refunds and debts). They add up to −the
 * transfer's amount, and each role's balance comes back to what is still open for it.
 */
export async function postTransferLines(tx: LedgerTx, base: TransferLineBase, settles: Settlement[], lines: OpenLine[]): Promise<void> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const groups = new Map<ConnectedPayee, { amount: number; settles: Settlement[] }>();
  for (const s of settles) {
    const line = byId.get(s.entryId);
    if (!line) throw new RangeError(`settlement of an unknown line ${s.entryId}`);
    const g = groups.get(line.payee) ?? { amount: 0, settles: [] };
    g.amount += line.amount > 0 ? s.amount : -s.amount;
    g.settles.push(s);
    groups.set(line.payee, g);
  }
  if (groups.size === 0) groups.set("ARTIST", { amount: 0, settles: [] });
  for (const [payee, g] of groups) {
    await postSettlingLine(tx, { ...base, payee, amount: -g.amount, kind: "TRANSFER" }, g.settles);
  }
}
