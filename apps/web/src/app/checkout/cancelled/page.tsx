import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { requireIdentity } from "~/server/session";
import { OrderStatus } from "../order-status";

export const metadata: Metadata = { title: "Checkout cancelled · Atelier" };

type Props = { searchParams: Promise<{ order?: string }> };

export default async function CheckoutCancelledPage({ searchParams }: Props) {
  const { order } = await searchParams;
  await requireIdentity(`/checkout/cancelled${order ? `?order=${encodeURIComponent(order)}` : ""}`);
  return (
    <div className={containerClass("max-w-2xl pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Checkout</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">Checkout cancelled</h1>
      {order ? <OrderStatus orderId={order} mode="cancelled" /> : <p className="mt-6 text-ink-soft">No order was given.</p>}
    </div>
  );
}
