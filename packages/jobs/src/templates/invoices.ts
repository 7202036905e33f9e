import type { EmailRequest } from "@atelier/events";
import { formatMoney } from "@atelier/core/money";
import { button, escapeHtml as esc, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

type Issued = Extract<EmailRequest, { template: "invoice-issued" }>["props"];
type Paid = Extract<EmailRequest, { template: "invoice-paid" }>["props"];

const day = (iso: string) => new Date(iso).toLocaleDateString("en-IE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The invoice's hosted payment link to the buyer: when it is issued (or resent), and reminders before and after it is due. */
export function invoiceIssued(p: Issued): RenderedEmail {
  const m = (n: number) => formatMoney(n, p.currency);
  const what = p.part === "DEPOSIT" ? "deposit invoice" : p.part === "BALANCE" ? "balance invoice" : "invoice";
  const due = day(p.dueDate);
  const opening =
    p.kind === "reminder-before"
      ? `A reminder: ${p.artistName}'s ${what} ${p.reference} for ${m(p.totalAmount)} is due on ${due}.`
      : p.kind === "reminder-after"
        ? `${p.artistName}'s ${what} ${p.reference} for ${m(p.totalAmount)} was due on ${due} and is not paid yet. Unpaid invoices are cancelled after a grace period, and the work is offered to the next collector.`
        : `${p.artistName} has sent you an ${what}, ${p.reference}, for ${m(p.totalAmount)}, due on ${due}. You can pay it by card on the secure page below.`;
  const intro = `Dear ${p.buyerName},\n\n${opening}${p.memo ? `\n\n${p.memo}` : ""}`;
  const lines = p.lines.map((l) => `${l.title}: ${m(l.amount)}`);
  const subject =
    p.kind === "new"
      ? `Invoice ${p.reference} from ${p.artistName}: ${m(p.totalAmount)}`
      : p.kind === "reminder-before"
        ? `Due ${due}: invoice ${p.reference} from ${p.artistName}`
        : `Overdue: invoice ${p.reference} from ${p.artistName}`;
  return {
    subject,
    html: layout({
      preheader: `${m(p.totalAmount)}, due ${due}`,
      heading: p.kind === "new" ? `An invoice from ${p.artistName}.` : "About your invoice.",
      body: paragraphs(intro) + `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul>` + button(p.payUrl, `Pay ${m(p.totalAmount)}`),
    }),
    text: `${intro}\n\n${lines.join("\n")}\n\nPay: ${p.payUrl}${textFooter()}`,
  };
}

/** To the artist: a buyer paid an invoice. */
export function invoicePaidMail(p: Paid): RenderedEmail {
  const m = (n: number) => formatMoney(n, p.currency);
  const intro = `Dear ${p.displayName},\n\n${p.buyerName} paid invoice ${p.reference} (${m(p.totalAmount)}). ${m(p.artistAmount)} goes to your Stripe account with the payment; Atelier's fee is the rest.`;
  return {
    subject: `Paid: invoice ${p.reference} — ${m(p.artistAmount)} to you`,
    html: layout({
      preheader: `${p.buyerName} paid ${m(p.totalAmount)}`,
      heading: "An invoice was paid.",
      body: paragraphs(intro) + button(p.invoicesUrl, "Open your invoices"),
    }),
    text: `${intro}\n\n${p.invoicesUrl}${textFooter()}`,
  };
}
