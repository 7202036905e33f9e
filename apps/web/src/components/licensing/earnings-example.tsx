import type { RouterOutputs } from "@atelier/api";
import { formatMoney } from "@atelier/core/money";
import { cn } from "@atelier/ui";

type Example = RouterOutputs["licensing"]["preview"];
type Row = Example["rows"][number];

const percent = (bps: number) => `${(bps / 100).toLocaleString("en", { maximumFractionDigits: 2 })}%`;

/**
 * What the artist earns on each product type and variant under the terms on screen. Every number comes from
 * the API (the split engine); this only lays them out: a table from md up, a card per variant on a phone.
 */
export function EarningsExample({ example, updating }: { example: Example; updating: boolean }) {
  const money = (n: number) => formatMoney(n, example.currency);
  const groups = example.rows.reduce<[string, Row[]][]>((acc, r) => {
    const last = acc.at(-1);
    if (last && last[0] === r.productTypeName) last[1].push(r);
    else acc.push([r.productTypeName, [r]]);
    return acc;
  }, []);
  return (
    <section
      aria-labelledby="earnings-example"
      aria-busy={updating}
      data-testid="earnings-example"
      className={cn("transition-opacity", updating && "opacity-60")}
    >
      <h2 id="earnings-example" className="text-2xl">
        What you would earn
      </h2>
      <p className="mt-2 text-sm text-ink-soft">
        One sale of each product in {example.currency}, at the suggested price (or the least your terms allow, if that is higher). Production is the print
        lab&apos;s cost; Atelier&apos;s fee is {percent(example.platformFeeBps)} of the price paid. A store keeps the rest after your royalty; in your own shop
        there is no store share, so the rest is yours.
      </p>
      <div className="mt-5 space-y-6">
        {groups.map(([name, rows]) => (
          <div key={name}>
            <h3 className="text-sm font-semibold uppercase tracking-[0.15em] text-muted">{name}</h3>
            <ul className="mt-2 divide-y divide-line/70 rounded-2xl border border-line bg-white/70">
              {rows.map((r) => (
                <li
                  key={r.variantCode}
                  data-testid={`example-${r.variantCode}`}
                  className="grid gap-2 px-4 py-3 text-sm md:grid-cols-[1.4fr_1fr_1.6fr_1fr] md:items-baseline md:gap-4"
                >
                  <div>
                    <p className="font-medium text-ink">{r.variantName}</p>
                    <p className="text-xs text-muted">Production {money(r.productionCostAmount)}</p>
                  </div>
                  {r.licensed ? (
                    <>
                      <p className="text-ink-soft">
                        <span className="text-xs text-muted md:hidden">Price </span>
                        {money(r.examplePriceAmount)}
                      </p>
                      <p data-testid="store-earnings">
                        {r.store ? (
                          <>
                            <span className="text-xs text-muted">Sold by a store: </span>
                            <span className="font-medium text-ink">{money(r.store.atExamplePrice.creatorAmount)}</span>
                            {r.store.atDeepestDiscount.chargedAmount < r.store.atExamplePrice.chargedAmount ? (
                              <span className="block text-xs text-muted">
                                {money(r.store.atDeepestDiscount.creatorAmount)} at {money(r.store.atDeepestDiscount.chargedAmount)}, the most off you allow
                              </span>
                            ) : null}
                          </>
                        ) : (
                          <span className="text-xs text-muted">Other stores may not sell it</span>
                        )}
                      </p>
                      <p data-testid="shop-earnings">
                        <span className="text-xs text-muted">Your shop: </span>
                        <span className="font-medium text-ink">{r.ownShop ? money(r.ownShop.creatorAmount) : "—"}</span>
                      </p>
                    </>
                  ) : (
                    <p className="text-ink-soft md:col-span-3">Not licensed: nobody can sell your work as this.</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
