import type { Availability } from "@atelier/core/artwork/availability";
import type { ApproxPrice } from "@atelier/core/discovery/cards";
import { formatApproxPrice, formatPrice } from "@atelier/core/money";
import { formatDate } from "~/lib/dates";

/** The price and what can be done about it now (availability from the API: never derived here). Its own component so price displays can grow here. */
export function PriceBlock({
  priceAmount,
  currency,
  availability,
  approxPrice,
}: {
  priceAmount: number;
  currency: string;
  availability: Availability;
  approxPrice: ApproxPrice | null;
}) {
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
      {approxPrice ? (
        <p className="mt-1 text-sm text-ink-soft" data-testid="artwork-approx-price">
          <span className="font-medium">{formatApproxPrice(approxPrice.amount, approxPrice.currency)}</span>{" "}
          <span className="text-muted">
            at the ECB&apos;s reference rate of {formatDate(approxPrice.ratesDate)}, as a guide. Checkout charges {formatPrice(priceAmount, currency)} (
            {currency}).
          </span>
        </p>
      ) : null}
      {availability.state === "not_for_sale" ? <p className="mt-2 text-sm text-muted">The artist is finishing payment setup with Stripe.</p> : null}
    </>
  );
}
