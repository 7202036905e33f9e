import { button, layout, paragraphs, QUOTE, textFooter, type RenderedEmail } from "./layout.ts";

export function applicationRejected(props: { displayName: string; reason: string; applyUrl: string }): RenderedEmail {
  const intro = `Dear ${props.displayName},\n\nThank you for applying to Atelier. After reviewing your application, our curators decided not to accept it at this time. Their note:`;
  const outro = "This is not a judgement of you as an artist. You are welcome to apply again whenever your portfolio has grown.";
  return {
    subject: "About your application to Atelier",
    html: layout({
      preheader: "Our curators reviewed your application.",
      heading: "About your application",
      body: paragraphs(intro) + paragraphs(props.reason, QUOTE) + paragraphs(outro) + button(props.applyUrl, "View your application"),
    }),
    text: `${intro}\n\n> ${props.reason.replace(/\n/g, "\n> ")}\n\n${outro}\n\n${props.applyUrl}${textFooter()}`,
  };
}
