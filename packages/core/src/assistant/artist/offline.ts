import type { OfflineConversation, OfflinePolicy, OfflineToolResult, OfflineTurn } from "@atelier/ai";
import type { CopyKind } from "./nested-prompts.ts";
import { HELP_TEXT, artworksAnswer, copyAnswer, describeAnswer, draftAnswer, errorAnswer, profileAnswer, withFooter } from "./offline-answers.ts";
import { answerNestedCall } from "./offline-nested.ts";
import { missingListingFields, parseDimensions, parseListing, parsePrice } from "./offline-parse.ts";
import type { KnowledgeFact } from "../../knowledge/entry.ts";
import { knowledgeAnswer } from "../knowledge-tool.ts";
import { SALES_QUESTION, salesAnswer, yearAskedFor } from "./sales.ts";
import { INVOICE_REQUEST, parseInvoiceRequest } from "./offline-invoice.ts";
import { invoiceAnswer } from "./offline-answers.ts";

/**
 * The offline artist assistant: plain code that reads the artist's message, calls the same tools a
 * hosted model gets, and answers only from their results. It never writes anything but a DRAFT (via
 * draftListing, always as the first step of a turn) and says that it is the offline assistant.
 */

type Intent =
  | { kind: "listing"; text: string }
  | { kind: "describe"; query: string; latest: boolean }
  | { kind: "copy"; copyKind: CopyKind; brief: string }
  | { kind: "artworks"; status?: "DRAFT" | "PUBLISHED" | "IN_REVIEW" }
  | { kind: "profile" }
  | { kind: "sales" }
  | { kind: "knowledge"; question: string }
  | { kind: "invoice"; text: string }
  | { kind: "help" };

const LISTING = /\blisting\b/i;
const LISTING_VERB = /\b(draft|create|make|add|start|prepare|new)\b/i;
const WRITE_VERB = /\b(write|draft|compose|create|make|give|improve|rewrite|help|need|generate|prepare)\b/i;
/** "I just finished a 40×50 oil on linen called Harbour at Dusk, €900": a new work told in a sentence, with a size and a price. */
const NEW_WORK =
  /\b(?:called|titled|entitled|named)\b|["“][^"”]+["”]|\b(?:finished|made|painted|completed|created|printed|new (?:piece|work|painting|print))\b/i;
const isNewWorkSentence = (text: string) => NEW_WORK.test(text) && parseDimensions(text) !== null && parsePrice(text) !== null;

/** A question about art or the trade rather than the artist's own data: answered from the knowledge base. */
const ART_QUESTION =
  /^(?:what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?!my\b)|what's\s+(?:an?\s+|the\s+)?(?!my\b)|explain|define|how\s+(?:do|should|can)\s+i\s+(?:price|frame|ship|pack|varnish|number|sign|edition|store|protect|handle|photograph|write\s+a\s+certificate|take\s+a\s+commission|charge))/i;

const LATEST = /\b(latest|newest|last|most recent|recent)\b/i;

const COPY_WORDS: [RegExp, CopyKind][] = [
  [/\bpress[- ]?release\b/i, "press-release"],
  [/\bstatement\b/i, "statement"],
  [/\b(bio|biography)\b/i, "bio"],
  [/\b(marketing|newsletter|social( media)? post|instagram post|promo(tion(al)?)?)\b/i, "marketing"],
  [/\b(sales|sell(ing)?|pitch)\b/i, "sales"],
  [/\bdescription\b/i, "artwork-description"],
];

/** What a message asks for. A follow-up that completes an unfinished listing request is read together with it. */
export function detectIntent(text: string, earlier: string[] = []): Intent {
  if (INVOICE_REQUEST.test(text)) return { kind: "invoice", text };
  if ((LISTING.test(text) && LISTING_VERB.test(text)) || isNewWorkSentence(text)) return { kind: "listing", text };
  if (/\bdescribe\b/i.test(text)) {
    const query = text
      .replace(/^.*?\bdescribe\b/i, "")
      .replace(/\b(my|the|please|artwork|painting|piece|work|image|picture|photo|for me|latest|newest|last|most recent|recent)\b/gi, " ")
      .replace(/["“”?.!]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return { kind: "describe", query, latest: LATEST.test(text) || query === "" };
  }
  if (SALES_QUESTION.test(text)) return { kind: "sales" };
  if (ART_QUESTION.test(text.trim()) && !/\b(?:my|mine)\b/i.test(text.replace(/\bprice\s+my\s+work\b/i, "")))
    return { kind: "knowledge", question: text.trim() };
  const copy = COPY_WORDS.find(([re]) => re.test(text));
  if (copy && WRITE_VERB.test(text)) return { kind: "copy", copyKind: copy[1], brief: text.trim() };
  if (/\b(artworks?|works|paintings|portfolio|listings|drafts|inventory)\b/i.test(text)) {
    const status = /\bdrafts?\b/i.test(text) ? "DRAFT" : /\bpublished\b/i.test(text) ? "PUBLISHED" : /\bin review\b/i.test(text) ? "IN_REVIEW" : undefined;
    return { kind: "artworks", status };
  }
  if (/\b(profile|bio|statement)\b/i.test(text)) return { kind: "profile" };
  const previous = earlier.at(-1);
  if (previous && LISTING.test(previous) && LISTING_VERB.test(previous) && missingListingFields(parseListing(previous)).length) {
    return { kind: "listing", text: `${previous}\n${text}` };
  }
  return { kind: "help" };
}

interface ArtworkItem {
  id: string;
  title: string;
  imageCount?: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The artwork a message names (longest title it contains), or the query's best partial match, or the newest. */
export function findArtwork(
  items: ArtworkItem[],
  text: string,
  opts: { query?: string; latest?: boolean; needsImage?: boolean } = {},
): ArtworkItem | undefined {
  const t = ` ${norm(text)} `;
  const named = items.filter((a) => norm(a.title) && t.includes(` ${norm(a.title)} `)).sort((a, b) => b.title.length - a.title.length)[0];
  if (named) return named;
  const q = norm(opts.query ?? "");
  if (q.length >= 3) {
    const partial = items.find((a) => norm(a.title).includes(q) || q.includes(norm(a.title)));
    if (partial) return partial;
  }
  if (opts.latest) return (opts.needsImage ? items.find((a) => (a.imageCount ?? 0) > 0) : undefined) ?? items[0];
  return undefined;
}

const OFFLINE_FOOTER_KNOWLEDGE = "_Offline assistant: no AI model is configured, so I answer from Atelier's art knowledge base._";
const text = (t: string): OfflineTurn => ({ kind: "text", text: withFooter(t) });
const call = (toolName: string, input: Record<string, unknown>): OfflineTurn => ({ kind: "tool-calls", calls: [{ toolName, input }] });

function startTurn(conv: OfflineConversation, intent: Intent): OfflineTurn {
  switch (intent.kind) {
    case "invoice": {
      const { input, missing } = parseInvoiceRequest(intent.text);
      if (missing.length)
        return text(
          `To prepare the invoice I still need ${missing.join(", ")}.\nFor example: “invoice Jane Doe, jane@example.com, €2,000 for Indigo Hour, 50% deposit, due in 14 days”.`,
        );
      return call("draftInvoice", input);
    }
    case "listing": {
      const listing = parseListing(intent.text);
      const missing = missingListingFields(listing);
      if (missing.length)
        return text(
          `To draft a listing I still need ${missing.join(", ")}.\nFor example: “draft a listing: Harbour at Dusk, oil on canvas, 60 x 80 cm, €900”.`,
        );
      return call("draftListing", { ...listing });
    }
    case "describe":
      return call("myArtworks", {});
    case "copy":
      // copy about one artwork needs its id first; bio and statement are about the artist
      return intent.copyKind === "bio" || intent.copyKind === "statement"
        ? call("writeCopy", { kind: intent.copyKind, brief: intent.brief })
        : call("myArtworks", {});
    case "artworks":
      return call("myArtworks", intent.status ? { status: intent.status } : {});
    case "profile":
      return call("myProfile", {});
    case "sales": {
      const year = yearAskedFor(conv.userText, conv.instructions);
      return call("mySales", year === undefined ? {} : { year });
    }
    case "knowledge":
      return call("lookUpArtKnowledge", { query: intent.question });
    case "help":
      return text(HELP_TEXT);
  }
}

function titlesHint(output: unknown): string {
  const items = (output as { items?: ArtworkItem[] } | undefined)?.items ?? [];
  return items.length
    ? ` Your artworks: ${items
        .slice(0, 10)
        .map((a) => `“${a.title}”`)
        .join(", ")}.`
    : " You have no artworks yet.";
}

/** After myArtworks: go on to the tool the message asked for, with the artwork it names. */
function afterArtworks(conv: OfflineConversation, intent: Intent, result: OfflineToolResult): OfflineTurn {
  const items = (result.output as { items?: ArtworkItem[] } | undefined)?.items ?? [];
  if (intent.kind === "describe") {
    const artwork = findArtwork(items, conv.userText, { query: intent.query, latest: intent.latest, needsImage: true });
    if (!artwork) return text(`I couldn't find an artwork of yours called “${intent.query}”.${titlesHint(result.output)}`);
    return call("describeArtwork", { artworkId: artwork.id });
  }
  if (intent.kind === "copy") {
    // without a named artwork, writeCopy picks the artist's published work itself
    const artwork = findArtwork(items, conv.userText);
    if (!artwork && intent.copyKind === "artwork-description") return text(`Which artwork should I describe?${titlesHint(result.output)}`);
    return call("writeCopy", { kind: intent.copyKind, brief: intent.brief, ...(artwork ? { artworkId: artwork.id } : {}) });
  }
  return text(artworksAnswer(result.output));
}

function answerFromResults(conv: OfflineConversation, intent: Intent, results: OfflineToolResult[]): OfflineTurn {
  const last = results.at(-1);
  if (!last) return text(HELP_TEXT);
  if (last.error !== undefined || last.denied) return text(errorAnswer(last));
  switch (last.toolName) {
    case "myArtworks":
      // chain at most once: a second listing means the follow-up already ran
      return results.length === 1 && conv.tools.has(nextTool(intent)) ? afterArtworks(conv, intent, last) : text(artworksAnswer(last.output));
    case "myProfile":
      return text(profileAnswer(last.output));
    case "writeCopy":
      return text(copyAnswer(last.output));
    case "describeArtwork":
      return text(describeAnswer(last.output));
    case "draftListing":
      return text(draftAnswer(last.output));
    case "draftInvoice":
      return text(invoiceAnswer(last.output));
    case "mySales":
      return text(salesAnswer(last.output));
    case "lookUpArtKnowledge":
      return {
        kind: "text",
        text: `${knowledgeAnswer(((last.output as { entries?: KnowledgeFact[] } | undefined)?.entries ?? []).slice(0, 2))}\n\n${OFFLINE_FOOTER_KNOWLEDGE}`,
      };
    default:
      return text(HELP_TEXT);
  }
}

function nextTool(intent: Intent): string {
  return intent.kind === "describe" ? "describeArtwork" : intent.kind === "copy" ? "writeCopy" : "myArtworks";
}

export const artistOfflinePolicy: OfflinePolicy = async (conv) => {
  const nested = await answerNestedCall(conv);
  if (nested !== null) return { kind: "text", text: nested };
  const intent = detectIntent(conv.userText, conv.earlierUserTexts);
  if (conv.toolResults.length) return answerFromResults(conv, intent, conv.toolResults);
  const turn = startTurn(conv, intent);
  if (turn.kind === "tool-calls" && !turn.calls.every((c) => conv.tools.has(c.toolName))) {
    return text("That tool isn't available to me here, so I can't do that now.");
  }
  return turn;
};
