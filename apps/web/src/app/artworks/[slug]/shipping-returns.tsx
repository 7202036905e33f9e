import type { PurchaseTerms } from "@atelier/core/checkout/terms";

/** "Shipping and returns" from the rules checkout and refunds apply (core/checkout/terms.ts): shown, never worked out here. */
export function ShippingAndReturns({ terms }: { terms: PurchaseTerms }) {
  return (
    <section aria-labelledby="shipping-heading" className="mt-8 rounded-2xl border border-line bg-white/60 p-6 text-sm" data-testid="shipping-and-returns">
      <h2 id="shipping-heading" className="text-xl">
        Shipping and returns
      </h2>
      <p className="mt-1 text-muted">Ships from {terms.shipsFrom}</p>
      <dl className="mt-4 divide-y divide-line border-y border-line" data-testid="shipping-note">
        {terms.shipping.map((line) => (
          <div key={line.to} className="flex justify-between gap-6 py-2.5">
            <dt className="text-ink-soft">{line.to}</dt>
            <dd className="text-right text-ink">{line.price ?? <span className="text-muted">{line.note}</span>}</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-4 list-disc space-y-1.5 pl-5 text-ink-soft">
        {terms.shippingNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <h3 className="mt-5 font-medium text-ink">Returns and refunds</h3>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-ink-soft">
        {terms.returns.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
