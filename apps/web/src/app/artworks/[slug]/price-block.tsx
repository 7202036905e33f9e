import type { Availability } from "@atelier/core/artwork/availability";
import { formatPrice } from "@atelier/core/money";

/** The price and what can be done about it now (availability from the API: never derived here). Its own component so price displays can grow here. */
export function PriceBlock({ priceAmount, currency, availability }: { priceAmount: number; currency: string; availability: Availability }) {
  return (
    <>
      <div className="mt-8 flex items-baseline gap-4">
        <p className={`font-display text-3xl ${availability.state === "sold" ? "text-muted line-through" : "text-ink"}`} data-testid="artwork-price">
          {formatPrice(priceAmount, currency)}
        </p>
        {availability.state === "sold" ? (
          <span className="rounded-full bg-accent/10 px-3 py-1 text-sm font-medium text-accent-deep">Sold</span>
        ) : availability.state === "sold_out" ? (
          <span className="rounded-full bg-accent/10 px-3 py-1 text-sm font-medium text-accent-deep">Edition sold out</span>
        ) : availability.state === "on_hold" ? (
          <span className="rounded-full bg-paper-deep px-3 py-1 text-sm font-medium text-ink-soft" data-testid="on-hold">
            On hold
          </span>
        ) : availability.purchasable ? (
          <span className="rounded-full bg-ok/10 px-3 py-1 text-sm font-medium text-ok">Available</span>
        ) : (
          <span className="rounded-full bg-paper-deep px-3 py-1 text-sm font-medium text-ink-soft" data-testid="not-for-sale">
            Not yet for sale
          </span>
        )}
      </div>
      {availability.state === "not_for_sale" ? <p className="mt-2 text-sm text-muted">The artist is finishing payment setup with Stripe.</p> : null}
    </>
  );
}
