import { z } from "zod";
import { isAppError, type AppError } from "../../errors.ts";
import { createPrivateInvoice } from "../../invoices/private.ts";
import { formatMoney } from "../../money/index.ts";
import { privateInvoiceSchema } from "../../schemas/invoices.ts";
import type { AssistantToolContext } from "../definition.ts";

/**
 * draftInvoice: "invoice Jane Doe, jane@example.com, €2,000 for Indigo Hour, 50% deposit, due in 14 days". The
 * model (or the offline assistant) fills these fields from the artist's words; the chat then waits for the
 * artist's click (a confirm tool), and only then is the invoice created at Stripe and mailed. The work is found by
 * its title among the artist's own published works; nothing is taken from the model as an id.
 */
export const draftInvoiceInputSchema = z.object({
  buyerName: z.string().min(2).max(120).describe("The collector's full name"),
  buyerEmail: z.string().max(254).describe("The collector's email"),
  artwork: z.string().max(200).optional().describe("Title of one of the artist's own published works, when the invoice is for one"),
  title: z.string().max(200).optional().describe("What the invoice is for when it is not one of their works (e.g. 'Commission: a portrait')"),
  amount: z.string().max(40).optional().describe("The amount in major units as the artist said it ('2000'); omit to use the work's price"),
  currency: z.string().length(3).optional().describe("ISO currency when there is no work (EUR, GBP, USD…)"),
  depositPercent: z.number().int().min(0).max(90).default(0).describe("Deposit percentage now, the rest as a balance invoice; 0 for one invoice"),
  dueInDays: z.number().int().min(1).max(90).default(14),
  balanceDueInDays: z.number().int().min(1).max(180).optional(),
  memo: z.string().max(2000).optional(),
});
export type DraftInvoiceInput = z.infer<typeof draftInvoiceInputSchema>;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Runs after the artist confirmed: finds the work, then creates (and mails) the invoice, or says exactly what is wrong. */
export async function draftInvoice(ctx: AssistantToolContext, sellerId: string, input: DraftInvoiceInput) {
  if (!ctx.invoicing) return { ok: false as const, error: "Invoicing is not available on this server." };
  let artworkId = "";
  let title = input.title ?? "";
  if (input.artwork) {
    const profile = await ctx.db.artistProfile.findUnique({ where: { userId: sellerId }, select: { id: true } });
    const works = profile ? await ctx.db.artwork.findMany({ where: { artistId: profile.id, status: "PUBLISHED" }, select: { id: true, title: true } }) : [];
    const wanted = norm(input.artwork);
    const work = works.find((w) => norm(w.title) === wanted) ?? works.find((w) => norm(w.title).includes(wanted) || wanted.includes(norm(w.title)));
    // "€600 for a commission portrait": not a work of theirs, but with an amount it is what the invoice is for
    if (work) artworkId = work.id;
    else if (input.amount && !title) title = input.artwork;
    else return { ok: false as const, error: `None of your published works is called “${input.artwork}”.` };
  }
  const parsed = privateInvoiceSchema.safeParse({
    buyerName: input.buyerName,
    buyerEmail: input.buyerEmail,
    artworkId,
    title,
    amount: input.amount ?? "",
    currency: input.currency?.toUpperCase() ?? "EUR",
    depositPercent: input.depositPercent,
    dueInDays: input.dueInDays,
    balanceDueInDays: input.balanceDueInDays ?? Math.max(30, input.dueInDays),
    memo: input.memo ?? "",
  });
  if (!parsed.success) return { ok: false as const, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  try {
    const made = await createPrivateInvoice(ctx.invoicing, sellerId, parsed.data);
    return {
      ok: true as const,
      invoices: made.map((i) => ({
        reference: i.reference,
        part: i.part,
        amount: formatMoney(i.totalAmount, i.currency),
        dueDate: i.dueAt.toISOString().slice(0, 10),
        payUrl: i.hostedUrl,
      })),
      sentTo: parsed.data.buyerEmail,
      // a path: the chat renders only links inside Atelier (components/assistant/markdown.tsx)
      invoicesUrl: "/studio/invoices",
    };
  } catch (e) {
    if (isAppError(e)) return { ok: false as const, error: e.message, fields: (e as AppError).fieldErrors ?? null };
    throw e;
  }
}
