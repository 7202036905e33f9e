import type { DraftInvoiceInput } from "./draft-invoice.ts";
import { parsePrice } from "./offline-parse.ts";

/** "invoice Jane Doe, jane@example.com, €2,000 for Indigo Hour, 50% deposit, due in 14 days" (and looser forms). */
export const INVOICE_REQUEST = /^\s*(?:please\s+)?(?:invoice|bill|send\s+(?:an?\s+)?invoice\s+to|make\s+(?:an?\s+)?invoice\s+for)\b/i;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export interface ParsedInvoiceRequest {
  input: Partial<DraftInvoiceInput>;
  missing: string[];
}

/** Reads an invoice request the way the offline assistant can: name, email, amount, work or purpose, deposit, due days. */
export function parseInvoiceRequest(text: string): ParsedInvoiceRequest {
  const body = text.replace(INVOICE_REQUEST, "").trim();
  const email = EMAIL.exec(body)?.[0];
  const name = body
    .split(/[,;]|\s+<|\s+\(|\s+(?=[\w.+-]+@)/)[0]
    ?.replace(/^(?:to\s+)/i, "")
    .trim();
  const price = parsePrice(body);
  const forWhat = /\bfor\s+(?:the\s+)?(?:work\s+|painting\s+)?["“]?([^,;"”]+?)["”]?\s*(?:,|;|$|\bwith\b|\bdue\b|\d{1,2}\s*%)/i.exec(body)?.[1]?.trim();
  const deposit = /(\d{1,2})\s*%\s*(?:deposit|down|now|upfront)|deposit\s+(?:of\s+)?(\d{1,2})\s*%/i.exec(body);
  const due = /\bdue\s+in\s+(\d{1,3})\s*days?\b/i.exec(body);
  const balance = /\bbalance\s+(?:due\s+)?in\s+(\d{1,3})\s*days?\b/i.exec(body);
  const input: Partial<DraftInvoiceInput> = {
    ...(name && name.length >= 2 && !EMAIL.test(name) ? { buyerName: name } : {}),
    ...(email ? { buyerEmail: email } : {}),
    ...(price ? { amount: price.amount, currency: price.currency } : {}),
    ...(forWhat ? { artwork: forWhat } : {}),
    depositPercent: deposit ? Number(deposit[1] ?? deposit[2]) : 0,
    dueInDays: due ? Number(due[1]) : 14,
    ...(balance ? { balanceDueInDays: Number(balance[1]) } : {}),
  };
  const missing = [
    !input.buyerName && "the collector's name",
    !input.buyerEmail && "their email",
    !input.artwork && !input.amount && "what it is for (one of your works, or an amount)",
  ].filter((m): m is string => !!m);
  return { input, missing };
}
