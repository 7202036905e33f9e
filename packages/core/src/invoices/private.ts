import { AppError } from "../errors.ts";
import { assertPlanAllows } from "../plans/gate.ts";
import { isCurrency, parseMajorUnits, type Currency } from "../money/index.ts";
import type { PrivateInvoiceValues } from "../schemas/invoices.ts";
import { depositSplit, dueDateIn } from "./amounts.ts";
import type { InvoiceCreateDeps } from "./deps.ts";
import { writeInvoiceDraft } from "./draft.ts";
import { openAtStripe, payableAccountOf } from "./open-at-stripe.ts";
import { mailInvoice } from "./send.ts";
import type { InvoiceSyncDeps } from "./sync.ts";
import { voidInvoice } from "./void.ts";

/**
 * An artist invoices a named collector: for one of their works (held from now until paid, or released when the
 * invoice is voided), or for a commission or anything else (a title and an amount). With a deposit, two linked
 * invoices: the deposit due first, the balance later; deposit + balance = the price, their fees = the fee of the
 * whole, and the work's one hold is the balance's. Both are created and finalized at Stripe at once, so each has
 * its payment link; if Stripe refuses either, both are voided and the hold released: nothing is left behind.
 */
export async function createPrivateInvoice(deps: InvoiceSyncDeps & InvoiceCreateDeps, sellerId: string, input: PrivateInvoiceValues) {
  const { db, now } = deps;
  const artist = await db.artistProfile.findUnique({ where: { userId: sellerId }, select: { id: true, displayName: true } });
  if (!artist) throw new AppError("FORBIDDEN", "Only artists can send invoices.");
  await assertPlanAllows(db, sellerId, "invoicing");
  const work = input.artworkId
    ? await db.artwork.findFirst({
        where: { id: input.artworkId, artistId: artist.id },
        select: { id: true, title: true, priceAmount: true, currency: true, status: true },
      })
    : null;
  if (input.artworkId && !work) throw AppError.field("NOT_FOUND", "artworkId", "Choose one of your own works.");
  if (work && work.status !== "PUBLISHED") throw AppError.field("CONFLICT", "artworkId", `${work.title} is not for sale (${work.status.toLowerCase()}).`);
  const currency = (work?.currency ?? input.currency) as Currency;
  if (!isCurrency(currency)) throw AppError.field("BAD_REQUEST", "currency", "Choose a currency");
  let total = work?.priceAmount ?? 0;
  if (input.amount.trim() !== "") {
    const parsed = parseMajorUnits(input.amount, currency);
    if (!parsed.ok) throw AppError.field("BAD_REQUEST", "amount", parsed.message);
    total = parsed.minor;
  }
  if (total <= 0) throw AppError.field("BAD_REQUEST", "amount", "Enter the amount");
  const title = work?.title ?? input.title;
  const bps = deps.settings.COMMISSION_INVOICES_BPS;
  let split;
  try {
    split = input.depositPercent > 0 ? depositSplit(total, input.depositPercent, bps) : null;
  } catch (e) {
    if (e instanceof RangeError) throw AppError.field("BAD_REQUEST", "depositPercent", "This amount is too small to split into a deposit and a balance.");
    throw e;
  }
  await payableAccountOf(deps, sellerId);

  const common = {
    sellerId,
    buyer: { name: input.buyerName, email: input.buyerEmail },
    currency,
    source: "PRIVATE" as const,
    memo: input.memo,
    graceDays: input.graceDays,
  };
  const drafts = await db.$transaction(async (tx) => {
    if (!split) {
      const full = await writeInvoiceDraft(
        tx,
        {
          ...common,
          lines: [{ title, unitAmount: total, quantity: 1, artworkId: work?.id ?? null, holdNow: !!work }],
          dueAt: dueDateIn(input.dueInDays, now()),
        },
        bps,
      );
      return [full];
    }
    const pct = input.depositPercent;
    const deposit = await writeInvoiceDraft(
      tx,
      {
        ...common,
        part: "DEPOSIT",
        split: split.deposit,
        lines: [{ title: `Deposit (${pct}%): ${title}`, unitAmount: split.deposit.totalAmount, quantity: 1, artworkId: work?.id ?? null }],
        dueAt: dueDateIn(input.dueInDays, now()),
      },
      bps,
    );
    const balance = await writeInvoiceDraft(
      tx,
      {
        ...common,
        part: "BALANCE",
        depositId: deposit.id,
        split: split.balance,
        lines: [
          { title: `Balance (${100 - pct}%): ${title}`, unitAmount: split.balance.totalAmount, quantity: 1, artworkId: work?.id ?? null, holdNow: !!work },
        ],
        dueAt: dueDateIn(input.balanceDueInDays, now()),
      },
      bps,
    );
    return [deposit, balance];
  });

  const opened = [];
  try {
    for (const d of drafts) opened.push(await openAtStripe(deps, d.id));
  } catch (e) {
    for (const d of drafts) await voidInvoice(deps, d.id, "Stripe could not create it").catch(() => undefined);
    throw e;
  }
  if (input.send) for (const inv of opened) await mailInvoice(deps, inv.id, "new");
  const rows = await db.invoice.findMany({ where: { id: { in: opened.map((o) => o.id) } }, include: { lines: true } });
  return opened.map((o) => rows.find((r) => r.id === o.id)!);
}
