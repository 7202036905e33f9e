import type { EmailRequest } from "@atelier/events";
import { formatMoney } from "@atelier/core/money";
import { button, escapeHtml as esc, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

type Props = Extract<EmailRequest, { template: "product-sold" }>["props"];

/** A licensed product sold: to the artist (their royalty, or their shop's earnings) or the store owner (the store's share). Nothing to ship. */
export function productSold(p: Props): RenderedEmail {
  const m = (n: number) => formatMoney(n, p.currency);
  const lines = p.items.map(
    (i) => `${i.title}${i.quantity > 1 ? ` × ${i.quantity}` : ""}, sold by ${i.seller}: ${m(i.chargedAmount)} charged, ${m(i.yourAmount)} to you`,
  );
  const share = p.role === "STORE" ? "Your store's share" : "Your earnings";
  const intro = `Dear ${p.displayName},\n\nA buyer paid for ${p.items.length === 1 ? "a print or product" : `${p.items.length} prints or products`} on Atelier (order ${p.orderNumber}). The print lab makes and ships ${p.items.length === 1 ? "it" : "them"}: there is nothing for you to send. ${share}, ${m(p.yourAmount)}, is transferred to your Stripe account.`;
  return {
    subject: `Sold: ${p.items.length === 1 ? p.items[0]!.title : `${p.items.length} products`} — ${m(p.yourAmount)} to you`,
    html: layout({
      preheader: `Order ${p.orderNumber}: ${m(p.yourAmount)} is yours.`,
      heading: "A product sold.",
      body:
        paragraphs(intro) +
        `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul>` +
        button(p.dashboardUrl, p.role === "STORE" ? "Open your store" : "Open your shop"),
    }),
    text: `${intro}\n\n${lines.join("\n")}\n\n${p.dashboardUrl}${textFooter()}`,
  };
}
