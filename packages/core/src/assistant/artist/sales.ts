import type { Db } from "@atelier/db";
import { z } from "zod";
import { formatMoney } from "../../money/index.ts";
import { yearlyStatement } from "../../reporting/statement.ts";

export const mySalesInputSchema = z.object({
  year: z.number().int().min(2000).max(2100).optional().describe("Calendar year (UTC); defaults to the current year"),
});

/**
 * The mySales tool: the artist's yearly statement read from their ledger and order items
 * (core/reporting/statement.ts), per currency, with the amounts already formatted so no model does arithmetic.
 */
export async function mySales(db: Db, artistId: string, now: Date, input: z.infer<typeof mySalesInputSchema>) {
  const year = input.year ?? now.getUTCFullYear();
  const s = await yearlyStatement(db, artistId, { year });
  return {
    year,
    soldAnything: s.currencies.some((c) => c.itemsSold > 0),
    currencies: s.currencies.map((c) => {
      const m = (n: number) => formatMoney(n, c.currency);
      return {
        currency: c.currency,
        itemsSold: c.itemsSold,
        orders: c.transactions,
        gross: m(c.grossAmount),
        commission: m(c.commissionAmount),
        refundedToBuyers: m(c.refundedAmount),
        yourPartOfRefunds: m(c.artistRefundAmount),
        netEarnings: m(c.netAmount),
        transferredToYou: m(c.transferredAmount),
      };
    }),
    us1099K: { passesThreshold: s.form1099K.passesThreshold, rule: s.form1099K.rule },
    statementUrl: `/studio/earnings?year=${year}`,
  };
}

export type MySalesResult = Awaited<ReturnType<typeof mySales>>;

/** The offline answer to "how much did I sell this year?": only the tool's figures, each currency on its own. */
export function salesAnswer(output: unknown): string {
  const r = output as MySalesResult;
  if (!r.soldAnything) return `You haven't sold anything in ${r.year} yet. Your statement: [earnings](${r.statementUrl}).`;
  const lines = r.currencies
    .filter((c) => c.itemsSold > 0 || c.netEarnings !== c.gross)
    .map(
      (c) =>
        `- **${c.currency}**: ${c.itemsSold} ${c.itemsSold === 1 ? "work" : "works"} in ${c.orders} ${c.orders === 1 ? "order" : "orders"} for ${c.gross}; commission ${c.commission}, your part of refunds ${c.yourPartOfRefunds}; **net earnings ${c.netEarnings}**; transferred to you ${c.transferredToYou}.`,
    );
  const flag = r.us1099K.passesThreshold ? `\n\nYour USD sales passed the US Form 1099-K thresholds (${r.us1099K.rule}).` : "";
  return [`In ${r.year} you sold:`, ...lines].join("\n") + flag + `\n\nFull statement: [earnings ${r.year}](${r.statementUrl}).`;
}

/**
 * The year a message asks about: "in 2025"; "last year" (counted from the "Today is YYYY-MM-DD" line of the
 * assistant's instructions, which carry the server's clock); otherwise undefined, and the tool takes the current year.
 */
export function yearAskedFor(text: string, instructions: string): number | undefined {
  const explicit = /\b(20\d\d)\b/.exec(text);
  if (explicit) return Number(explicit[1]);
  const today = /\bToday is (\d{4})-\d\d-\d\d\b/.exec(instructions);
  if (/\blast year\b/i.test(text) && today) return Number(today[1]) - 1;
  return undefined;
}

/** "how much did I sell this year?", "my sales in 2025", "what did I earn last year", "my earnings". */
export const SALES_QUESTION =
  /\bhow much\b.*\b(sell|sold|earn|earned|made|make)\b|\b(did|have)\s+i\s+(sell|sold|earn|earned|make|made)\b|\bmy\s+(sales|earnings|income|revenue)\b|\bearnings statement\b/i;
