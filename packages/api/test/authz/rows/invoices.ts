import type { Fixture, Persona } from "../fixture.ts";
import type { MatrixRow, Outcome } from "../types.ts";

let n = 0;

/** Both artists on Pro (invoicing and live shows are Pro features; the plan rows leave them on Free). */
async function onPro(fx: Fixture) {
  for (const userId of [fx.users.owner.id, fx.users.otherArtist.id])
    await fx.db.sellerPlan.upsert({ where: { userId }, create: { userId, plan: "PRO", status: "active" }, update: { plan: "PRO", status: "active" } });
}

/** An invoice of `owner` written directly (no Stripe behind it): OPEN with a hosted link and an email, or a DRAFT. */
async function ownerInvoice(fx: Fixture, status: "OPEN" | "DRAFT") {
  const k = ++n;
  const inv = await fx.db.invoice.create({
    data: {
      reference: `INV-MX${k}${Date.now().toString(36).slice(-5).toUpperCase()}`,
      sellerId: fx.users.owner.id,
      buyerName: "Matrix Buyer",
      buyerEmail: "matrix.buyer@example.com",
      currency: "EUR",
      totalAmount: 10_000,
      commissionBps: 1000,
      commissionAmount: 1_000,
      artistAmount: 9_000,
      status,
      source: "PRIVATE",
      dueAt: new Date(Date.now() + 14 * 86_400_000),
      hostedUrl: status === "OPEN" ? `http://sandbox.test/i/in_matrix_${k}` : null,
      lines: { create: { title: "Matrix commission", unitAmount: 10_000, amount: 10_000 } },
    },
  });
  return inv.id;
}

/** Artists only, their own invoices only: another artist is told it doesn't exist. */
const ownInvoice: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" };
const anyArtist: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };

export const rows: MatrixRow[] = [
  { path: "invoice.list", input: () => ({}), expect: anyArtist },
  { path: "invoice.get", input: async (fx) => ({ invoiceId: await ownerInvoice(fx, "OPEN") }), expect: ownInvoice },
  { path: "invoice.send", input: async (fx) => (await onPro(fx), { invoiceId: await ownerInvoice(fx, "OPEN") }), expect: ownInvoice },
  {
    path: "invoice.messageLink",
    input: async (fx) => {
      await onPro(fx);
      const invoiceId = await ownerInvoice(fx, "OPEN");
      await fx.db.invoice.update({ where: { id: invoiceId }, data: { buyerHandle: "matrix_buyer" } });
      return { invoiceId, channel: "INSTAGRAM" };
    },
    expect: ownInvoice,
  },
  { path: "invoice.void", input: async (fx) => ({ invoiceId: await ownerInvoice(fx, "DRAFT") }), expect: ownInvoice },
  // the fixture's artists have no payments account: the owner is told to set one up, never anything about others
  {
    path: "invoice.retry",
    input: async (fx) => (await onPro(fx), { invoiceId: await ownerInvoice(fx, "DRAFT") }),
    expect: { ...ownInvoice, owner: "PRECONDITION_FAILED" },
  },
  {
    path: "invoice.createPrivate",
    input: async (fx) => (await onPro(fx), { buyerName: "Jane Doe", buyerEmail: "jane@example.com", title: "Commission", amount: "500", send: false }),
    expect: { ...anyArtist, owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED" },
  },
];
