import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { currentIdentity } from "~/server/session";
import { CartView } from "./cart-view";

export const metadata: Metadata = { title: "Your cart · Atelier" };

export default async function CartPage() {
  const identity = await currentIdentity();
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Checkout</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">Your cart</h1>
      <CartView signedIn={Boolean(identity)} />
    </div>
  );
}
