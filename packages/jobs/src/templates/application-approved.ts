import { button, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

export function applicationApproved(props: { displayName: string; studioUrl: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nWelcome to Atelier — your application has been approved, and your artist profile is ready.`;
  const next =
    "Next steps:\n1. Open your studio.\n2. Connect a payout account with Stripe, so Atelier can pay you your share of each sale (this comes next in your studio).\n3. Add your first artworks with photographs, dimensions and prices.";
  return {
    subject: "Welcome to Atelier — your application is approved",
    html: layout({
      preheader: "Your artist profile is ready. Set up payouts next.",
      heading: "You're in. Welcome to Atelier.",
      body: paragraphs(intro) + paragraphs(next) + button(props.studioUrl, "Open your studio"),
    }),
    text: `${intro}\n\n${next}\n\nYour studio: ${props.studioUrl}${textFooter()}`,
  };
}
