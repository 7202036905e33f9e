import { z } from "zod";
import { CURRENCIES } from "../money/currencies.ts";
import { idField, multilineText, textField } from "./text.ts";

/** Private invoices (/studio/invoices, the artist assistant's draftInvoice) and the invoice actions; shared by forms and procedures. */

export const INVOICE_LIMITS = { buyerName: 120, title: 200, memo: 2000, maxDueDays: 90, maxBalanceDays: 180, maxGraceDays: 60 } as const;

const wholeDays = (label: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${label}: enter a number of days` })
    .int(`${label}: whole days only`)
    .min(min, `${label}: at least ${min} day${min === 1 ? "" : "s"}`)
    .max(max, `${label}: at most ${max} days`);

export const privateInvoiceSchema = z
  .object({
    buyerName: textField({ min: 2, minMessage: "Enter the collector's name", max: INVOICE_LIMITS.buyerName }),
    buyerEmail: textField({ min: 3, minMessage: "Enter the collector's email", max: 254 }).pipe(z.email("Enter a valid email address, like jane@example.com")),
    /** one of the artist's published works (held until paid), or none for a commission / other work */
    artworkId: z.union([z.literal(""), idField()]).default(""),
    /** what the line says when there is no artwork ("Commission: a portrait of Rua") */
    title: textField({ max: INVOICE_LIMITS.title }).default(""),
    /** the price as people type it ("2000", "2,000.00"); empty = the work's price */
    amount: z.string().max(40, "Enter the amount as a number, e.g. 2000").default(""),
    /** the invoice's currency when there is no artwork (a work is invoiced in its own currency) */
    currency: z.enum(CURRENCIES, "Choose a currency").default("EUR"),
    /** 0: one invoice; 1–90: a deposit of that many percent now and the balance later */
    depositPercent: z.coerce.number().int("Whole percent only").min(0, "The deposit can't be negative").max(90, "A deposit is at most 90%").default(0),
    dueInDays: wholeDays("Due in", 1, INVOICE_LIMITS.maxDueDays).default(14),
    balanceDueInDays: wholeDays("Balance due in", 1, INVOICE_LIMITS.maxBalanceDays).default(30),
    graceDays: wholeDays("Grace period", 0, INVOICE_LIMITS.maxGraceDays).default(7),
    memo: multilineText({ max: INVOICE_LIMITS.memo }).default(""),
    /** mail the hosted link to the collector as soon as it exists */
    send: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (!v.artworkId && v.title.length < 2)
      ctx.addIssue({ code: "custom", path: ["title"], message: "Say what the invoice is for, or choose one of your works" });
    if (!v.artworkId && v.amount.trim() === "") ctx.addIssue({ code: "custom", path: ["amount"], message: "Enter the amount" });
    if (v.depositPercent > 0 && v.balanceDueInDays < v.dueInDays)
      ctx.addIssue({ code: "custom", path: ["balanceDueInDays"], message: "The balance can't be due before the deposit" });
  });
export type PrivateInvoiceInput = z.input<typeof privateInvoiceSchema>;
export type PrivateInvoiceValues = z.output<typeof privateInvoiceSchema>;

export const invoiceIdSchema = z.object({ invoiceId: idField() });
export const voidInvoiceSchema = z.object({ invoiceId: idField(), reason: textField({ max: 300 }).default("") });
export const listInvoicesSchema = z
  .object({
    status: z.enum(["ALL", "OPEN", "PAID", "VOID", "DRAFT", "UNCOLLECTIBLE"]).default("ALL"),
    showId: z.union([z.literal(""), idField()]).default(""),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .default({ status: "ALL", showId: "", limit: 100 });

/** send an invoice's payment link by Instagram or Facebook direct message, to the buyer's handle */
export const messageInvoiceSchema = z.object({ invoiceId: idField(), channel: z.enum(["INSTAGRAM", "FACEBOOK"], "Choose Instagram or Facebook") });
