import { Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { InvoiceList } from "~/components/invoices/invoice-list";
import { NewInvoiceForm } from "~/components/invoices/new-invoice-form";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Invoices · Studio" };
export const dynamic = "force-dynamic";

/** Private invoices to collectors (a work, a commission, a deposit and balance) and every invoice of the artist's live shows. */
export default async function StudioInvoicesPage() {
  const caller = await api();
  const [mine, invoices, payments] = await Promise.all([
    caller.artwork.mine({ status: "PUBLISHED" }),
    caller.invoice.list({ status: "ALL", showId: "", limit: 100 }),
    caller.artist.payments.status().catch(() => null),
  ]);
  const works = mine.items.map((w) => ({ id: w.id, title: w.title, priceAmount: w.priceAmount, currency: w.currency }));
  return (
    <div className={containerClass("py-12")}>
      <h1 className="text-4xl">Invoices</h1>
      <p className="mt-3 max-w-2xl text-ink-soft">
        Invoice a collector for a private sale or a commission. Each invoice is paid on a secure Stripe page; the money reaches your Stripe account with the
        payment, less Atelier&apos;s fee.
      </p>
      <div className="mt-8 grid min-w-0 gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card className="min-w-0 p-6">
          <h2 className="text-2xl">New invoice</h2>
          {payments && !payments.canSell ? (
            <p className="mt-4 text-ink-soft">
              First{" "}
              <Link href="/studio/payments" className="font-medium text-ink underline underline-offset-4">
                set up payments
              </Link>
              : Stripe pays your invoices into that account.
            </p>
          ) : (
            <div className="mt-4">
              <NewInvoiceForm works={works} />
            </div>
          )}
        </Card>
        <section className="min-w-0">
          <h2 className="mb-4 text-2xl">Your invoices</h2>
          <InvoiceList initial={invoices} emptyText="No invoices yet." />
        </section>
      </div>
    </div>
  );
}
