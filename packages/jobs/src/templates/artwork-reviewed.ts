import { button, layout, paragraphs, QUOTE, textFooter, type RenderedEmail } from "./layout.ts";

interface ArtworkReviewedProps {
  displayName: string;
  title: string;
  decision: "approved" | "changes_requested" | "rejected";
  note?: string;
  /** the public page when approved, else the studio edit page */
  url: string;
}

const COPY = {
  approved: {
    subject: (t: string) => `“${t}” is live on Atelier`,
    heading: "Your artwork is published",
    intro: (t: string) => `Good news: “${t}” passed review and is now in the gallery for collectors to discover.`,
    cta: "See it in the gallery",
  },
  changes_requested: {
    subject: (t: string) => `Changes requested for “${t}”`,
    heading: "A few changes, please",
    intro: (t: string) => `Our curators reviewed “${t}” and ask for some changes before it can be published. Their note:`,
    cta: "Edit the artwork",
  },
  rejected: {
    subject: (t: string) => `“${t}” was not accepted`,
    heading: "About your artwork",
    intro: (t: string) => `Our curators reviewed “${t}” and could not accept it for the gallery. Their reason:`,
    cta: "Open your studio",
  },
} as const;

export function artworkReviewed(props: ArtworkReviewedProps): RenderedEmail {
  const copy = COPY[props.decision];
  const intro = `Dear ${props.displayName},\n\n${copy.intro(props.title)}`;
  const note = props.note ? paragraphs(props.note, QUOTE) : "";
  return {
    subject: copy.subject(props.title),
    html: layout({ preheader: copy.heading, heading: copy.heading, body: paragraphs(intro) + note + button(props.url, copy.cta) }),
    text: `${intro}${props.note ? `\n\n> ${props.note.replace(/\n/g, "\n> ")}` : ""}\n\n${props.url}${textFooter()}`,
  };
}
