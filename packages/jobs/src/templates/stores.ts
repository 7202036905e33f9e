import { button, layout, paragraphs, QUOTE, textFooter, type RenderedEmail } from "./layout.ts";

export function storeApplicationSubmitted(props: { storeName: string }): RenderedEmail {
  const body = `Thank you for applying to run ${props.storeName} on Atelier. Our team reviews store applications by hand; we will write to you when we have decided.`;
  return {
    subject: "We received your store application",
    html: layout({ preheader: "Your store application is under review.", heading: "Application received", body: paragraphs(body) }),
    text: `${body}${textFooter()}`,
  };
}

export function storeApplicationApproved(props: { storeName: string; storeUrl: string }): RenderedEmail {
  const intro = `${props.storeName} is open on Atelier: your store application has been approved.`;
  const next =
    "Next steps:\n1. Open your store dashboard.\n2. Connect a payout account with Stripe, so Atelier can pay your store its share of each sale.\n3. List prints and products of works whose artists allow stores, at prices within their terms.";
  return {
    subject: "Your store on Atelier is approved",
    html: layout({
      preheader: "Your store is ready. Set up payouts and list your first prints.",
      heading: "Your store is open",
      body: paragraphs(intro) + paragraphs(next) + button(props.storeUrl, "Open your store"),
    }),
    text: `${intro}\n\n${next}\n\nYour store: ${props.storeUrl}${textFooter()}`,
  };
}

export function storeApplicationRejected(props: { storeName: string; reason: string; applyUrl: string }): RenderedEmail {
  const intro = `Thank you for applying to run ${props.storeName} on Atelier. After reviewing your application, our team decided not to accept it at this time. Their note:`;
  const outro = "You are welcome to apply again.";
  return {
    subject: "About your store application",
    html: layout({
      preheader: "Our team reviewed your store application.",
      heading: "About your store application",
      body: paragraphs(intro) + paragraphs(props.reason, QUOTE) + paragraphs(outro) + button(props.applyUrl, "View your application"),
    }),
    text: `${intro}\n\n> ${props.reason.replace(/\n/g, "\n> ")}\n\n${outro}\n\n${props.applyUrl}${textFooter()}`,
  };
}

export function listingsPaused(props: { storeName: string; listings: { title: string; product: string; reason: string }[]; storeUrl: string }): RenderedEmail {
  const n = props.listings.length;
  const intro = `An artist changed the licensing terms of their work, so ${n === 1 ? "one listing" : `${n} listings`} of ${props.storeName} no longer keep them and ${n === 1 ? "was" : "were"} taken off sale. Orders already placed are not affected.`;
  const lines = props.listings.map((l) => `${l.title} — ${l.product}: ${l.reason}`);
  const outro = "Change the price or discount and resume the listing from your store dashboard, or remove it.";
  return {
    subject: n === 1 ? `A listing of ${props.storeName} was paused` : `${n} listings of ${props.storeName} were paused`,
    html: layout({
      preheader: "An artist changed their licensing terms.",
      heading: n === 1 ? "A listing was paused" : "Listings were paused",
      body: paragraphs(intro) + lines.map((l) => paragraphs(l, QUOTE)).join("") + paragraphs(outro) + button(props.storeUrl, "Open your store"),
    }),
    text: `${intro}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n\n${outro}\n\n${props.storeUrl}${textFooter()}`,
  };
}

export function storeRightsRemoved(props: { storeName: string; pausedCount: number }): RenderedEmail {
  const n = props.pausedCount;
  const intro = `An Atelier admin removed the selling rights of ${props.storeName}. Its public page is closed and ${
    n === 0 ? "it had no listings on sale" : n === 1 ? "its one listing on sale was paused" : `its ${n} listings on sale were paused`
  }. Orders already placed are not affected.`;
  const outro = "If you think this is a mistake, write to the Atelier team. Should your rights be restored, paused listings stay paused until you resume them.";
  return {
    subject: `The selling rights of ${props.storeName} were removed`,
    html: layout({ preheader: "Your store's listings were taken off sale.", heading: "Your store is closed", body: paragraphs(intro) + paragraphs(outro) }),
    text: `${intro}\n\n${outro}${textFooter()}`,
  };
}
