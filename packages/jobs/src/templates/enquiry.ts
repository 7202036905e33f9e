import { button, escapeHtml, layout, paragraphs, QUOTE, textFooter, type RenderedEmail } from "./layout.ts";

export interface EnquiryMailProps {
  /** the recipient */
  displayName: string;
  senderName: string;
  artworkTitle: string;
  message: string;
  threadUrl: string;
}

function quoted(message: string): string {
  return `<blockquote style="${QUOTE}">${escapeHtml(message).replace(/\n/g, "<br>")}</blockquote>`;
}

/** To the artist: a collector asked (or wrote again) about one of their works. Answered in the studio, never by replying to the mail. */
export function enquiryReceived(p: EnquiryMailProps): RenderedEmail {
  const intro = `Dear ${p.displayName},\n\n${p.senderName} has a question about “${p.artworkTitle}”:`;
  const outro = "Answer in your studio: the conversation stays on Atelier, and your email address is not shared with the collector.";
  return {
    subject: `A question about “${p.artworkTitle}” from ${p.senderName}`,
    html: layout({
      preheader: p.message.slice(0, 120),
      heading: "A collector has a question",
      body: paragraphs(intro) + quoted(p.message) + paragraphs(outro) + button(p.threadUrl, "Answer in your studio"),
    }),
    text: `${intro}\n\n${p.message}\n\n${outro}\n\n${p.threadUrl}${textFooter()}`,
  };
}

/** To the collector: the artist answered their enquiry. */
export function enquiryReply(p: EnquiryMailProps): RenderedEmail {
  const intro = `Dear ${p.displayName},\n\n${p.senderName} answered your enquiry about “${p.artworkTitle}”:`;
  const outro = "Read the whole conversation and reply on Atelier.";
  return {
    subject: `${p.senderName} answered your enquiry about “${p.artworkTitle}”`,
    html: layout({
      preheader: p.message.slice(0, 120),
      heading: "The artist answered",
      body: paragraphs(intro) + quoted(p.message) + paragraphs(outro) + button(p.threadUrl, "Read and reply"),
    }),
    text: `${intro}\n\n${p.message}\n\n${outro}\n\n${p.threadUrl}${textFooter()}`,
  };
}
