import { layout, P, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

export function applicationSubmitted(props: { displayName: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nThank you for applying to sell your work on Atelier. Your application has reached our curators.`;
  const next =
    "We read every application ourselves and usually answer within a few days. You can check its status at any time on your application page; we will also write to you as soon as it has been reviewed.";
  return {
    subject: "We received your application",
    html: layout({ preheader: "Your application is with our curators.", heading: "Your application is in", body: paragraphs(intro) + paragraphs(next, P) }),
    text: `${intro}\n\n${next}${textFooter()}`,
  };
}
