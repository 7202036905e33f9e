import type { Db } from "@atelier/db";
import { stringify } from "csv-stringify/sync";
import { formatMajorUnits } from "../money/index.ts";

/** The columns of the artist's ledger export, in order. */
export const LEDGER_CSV_COLUMNS = [
  "date",
  "currency",
  "kind",
  "amount",
  "amount_minor",
  "balance",
  "balance_minor",
  "order_number",
  "artwork",
  "stripe_transfer",
  "refund",
  "memo",
  "entry_id",
] as const;

/** Text a spreadsheet would run as a formula (=, +, −, @, tab, CR at the start) is prefixed with ' (OWASP's CSV-injection advice). */
function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/**
 * The artist's whole ledger as CSV, oldest first: each line's signed amount (major units as an exact
 * decimal string, and minor units) and the running balance of its currency, so the last line of a
 * currency is its balance. RFC 4180 quoting by csv-stringify; a header row; CRLF line ends.
 */
export async function artistLedgerCsv(db: Db, artistId: string): Promise<string> {
  const entries = await db.ledgerEntry.findMany({
    where: { payee: "ARTIST", payeeId: artistId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      currency: true,
      kind: true,
      amount: true,
      memo: true,
      refundId: true,
      order: { select: { number: true } },
      orderItem: { select: { title: true } },
      transfer: { select: { stripeTransferId: true } },
    },
  });
  const balances = new Map<string, number>();
  const records = entries.map((e) => {
    const balance = (balances.get(e.currency) ?? 0) + e.amount;
    balances.set(e.currency, balance);
    return [
      e.createdAt.toISOString(),
      e.currency,
      e.kind,
      formatMajorUnits(e.amount, e.currency),
      String(e.amount),
      formatMajorUnits(balance, e.currency),
      String(balance),
      e.order?.number ?? "",
      safeCell(e.orderItem?.title ?? ""),
      e.transfer?.stripeTransferId ?? "",
      e.refundId ?? "",
      safeCell(e.memo),
      e.id,
    ];
  });
  return stringify([[...LEDGER_CSV_COLUMNS], ...records], { record_delimiter: "windows" });
}
