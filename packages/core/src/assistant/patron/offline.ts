import type { OfflineConversation, OfflinePolicy, OfflineToolResult, OfflineTurn } from "@atelier/ai";
import type { ArtworkFact } from "../artwork-facts.ts";
import type { KnowledgeFact } from "../../knowledge/entry.ts";
import { knowledgeAnswer } from "../knowledge-tool.ts";
import { toolErrorForUser } from "../errors.ts";
import { readPatronIntent, type SearchRequest } from "./intent.ts";
import { readSaveSearchRequest } from "./alert-intent.ts";
import type { PurchaseGuide } from "./buying.ts";

export const OFFLINE_FOOTER = "_Offline assistant: no language model is configured, so I answer straight from Atelier's catalogue._";

const HELP = [
  "I'm Atelier's **offline assistant**. No language model is configured on this server, so I can't chat freely, but I can search the live catalogue for you. Try:",
  "- “small blue abstract paintings under 500”",
  "- “what is a woodcut?”, “how do I frame a watercolour?” (from Atelier's [art knowledge base](/learn))",
  "- “something like Indigo Hour”, “how do I buy Indigo Hour?”",
  "- “tell me about Small Blue Study I” or “who is Mira Okafor”",
  "- “my favourites”, “artists I follow”, “my purchases”, “recommend something for me”",
  "- “add Small Blue Study I to my favourites”",
  "- “tell me when a small blue abstract under €800 appears” (a saved search: I email you when one is published)",
].join("\n");

const call = (toolName: string, input: Record<string, unknown>): OfflineTurn => ({ kind: "tool-calls", calls: [{ toolName, input }] });

function line(a: ArtworkFact): string {
  const status = a.sold ? " (sold)" : "";
  return `- [${a.title}](${a.url}) by ${a.artist}: ${a.medium.toLowerCase()}, ${a.size}, ${a.price}${status}`;
}

function describeRequest(r: SearchRequest): string {
  const bits = [
    r.size,
    r.query,
    r.category ? `${r.category === "photography" ? "photographs" : r.category === "ceramics" ? "ceramics" : `${r.category}s`}` : "works",
  ].filter(Boolean);
  let s = bits.join(" ");
  if (r.kind === "EDITION") s += " in editions";
  if (r.minPrice !== undefined && r.maxPrice !== undefined) s += ` between ${r.minPrice} and ${r.maxPrice} ${r.currency}`;
  else if (r.maxPrice !== undefined) s += ` up to ${r.maxPrice} ${r.currency}`;
  else if (r.minPrice !== undefined) s += ` from ${r.minPrice} ${r.currency}`;
  return s;
}

type Out = Record<string, unknown> & { artworks?: ArtworkFact[] };

function composeResult(r: OfflineToolResult, c: OfflineConversation): string {
  if (r.denied) return `I didn't do that: ${r.error ?? "it was not confirmed"}.`;
  if (r.error !== undefined) return toolErrorForUser(r.error);
  const o = (r.output ?? {}) as Out;
  if (r.toolName === "saveSearch") return savedSearchAnswer(o);
  if (o.signedIn === false) return "That needs an account: [sign in](/sign-in) and ask me again.";
  const works = o.artworks ?? [];
  switch (r.toolName) {
    case "searchCatalogue": {
      const intent = readPatronIntent(c.userText);
      const what = intent.kind === "search" ? describeRequest(intent.request) : "that";
      if (works.length === 0)
        return `I couldn't find any available ${what} in the catalogue right now. Try fewer words, a higher price, or [browse the gallery](/gallery).`;
      const head = o.relaxed
        ? `Nothing matched every word of “${c.userText}”, so here are the closest available works (${works.length}):`
        : `I found ${works.length} available ${what} in the catalogue:`;
      return [head, ...works.map(line)].join("\n");
    }
    case "getArtwork": {
      if (o.found === false)
        return `${String(o.message)} Try [searching the gallery](/gallery) or ask me for “${c.userText.replace(/^.*?\b(about|is)\s+/i, "")}” as a search.`;
      const a = r.output as ArtworkFact & { description: string; tags: string[]; purchasable: boolean; artistUrl: string };
      const sale = a.sold ? "It has sold." : a.purchasable ? `It is for sale at ${a.price}.` : `It is listed at ${a.price} but not yet for sale.`;
      return [
        `[${a.title}](${a.url}) by [${a.artist}](${a.artistUrl})${a.year ? `, ${a.year}` : ""}: ${a.medium.toLowerCase()}, ${a.size}. ${sale}`,
        a.description,
        a.tags.length ? `Tags: ${a.tags.join(", ")}.` : "",
      ]
        .filter(Boolean)
        .join("\n\n");
    }
    case "getArtist": {
      if (o.found === false) return `${String(o.message)} [See all artists](/artists).`;
      const p = o as { name: string; url: string; location: string | null; bio: string; workCount: number };
      const bio = p.bio
        .split(/(?<=[.!?])\s+/)
        .slice(0, 2)
        .join(" ");
      return [
        `[${p.name}](${p.url})${p.location ? `, ${p.location}` : ""}: ${p.workCount} public works.`,
        bio,
        works.length ? "Some of their work:" : "",
        ...works.map(line),
      ]
        .filter(Boolean)
        .join("\n");
    }
    case "myFavourites":
      return works.length
        ? [`You have ${String(o.count)} favourites:`, ...works.map(line)].join("\n")
        : "You haven't favourited anything yet. Tap the heart on any artwork to keep it here.";
    case "myFollows": {
      const artists = (o.artists ?? []) as { name: string; url: string; location: string | null }[];
      return artists.length
        ? ["You follow:", ...artists.map((a) => `- [${a.name}](${a.url})${a.location ? `, ${a.location}` : ""}`)].join("\n")
        : "You don't follow any artists yet.";
    }
    case "myPurchases": {
      const items = (o.purchases ?? []) as {
        title: string;
        url: string;
        artist: string;
        paid: string;
        status: string;
        tracking?: string;
        orderNumber: string;
        orderUrl: string;
      }[];
      return items.length
        ? [
            `You have bought ${items.length} ${items.length === 1 ? "work" : "works"} on Atelier:`,
            ...items.map(
              (i) =>
                `- [${i.title}](${i.url}) by ${i.artist}: ${i.paid}, ${i.status}${i.tracking ? ` (${i.tracking})` : ""}; order [${i.orderNumber}](${i.orderUrl})`,
            ),
          ].join("\n")
        : "You haven't bought anything on Atelier yet. [Browse the gallery](/gallery).";
    }
    case "recommendForMe":
      return works.length
        ? [
            `Based on your ${String((o.basedOn as { favourites: number }).favourites)} favourites, ${String((o.basedOn as { purchases?: number }).purchases ?? 0)} purchases and the artists you follow, you might like:`,
            ...works.map(line),
          ].join("\n")
        : "I need a little history first: favourite a few works or follow an artist, and I'll recommend from that.";
    case "findSimilarArtworks": {
      if (o.found === false) return `${String(o.message)} Tell me the exact title, or describe what you like about it and I'll search for that.`;
      const like = o.like as { title: string; url: string };
      if (works.length === 0) return `I couldn't find available works like [${like.title}](${like.url}) right now. [Browse the gallery](/gallery).`;
      return [`Works most like [${like.title}](${like.url}), closest first:`, ...works.map(line)].join("\n");
    }
    case "howToBuy":
      return purchaseAnswer(r.output as PurchaseGuide);
    case "lookUpArtKnowledge":
      return knowledgeAnswer(((o.entries ?? []) as KnowledgeFact[]).slice(0, 2));
    case "addFavourite":
      return `Added [${String(o.title)}](${String(o.url)}) to your [favourites](/favourites).`;
    default:
      return "Done.";
  }
}

function savedSearchAnswer(o: Out): string {
  if (o.signedIn === false)
    return "I'd love to keep watch for you, but saved searches need an account: [sign in](/sign-in?callbackUrl=%2Fassistant) and ask me again, or save any gallery search with **Save this search**.";
  const manage = `[your saved searches](${String(o.manageUrl)})`;
  if (o.saved === false) return `I couldn't save that search: ${String(o.reason)} You can manage them on ${manage}.`;
  const results = `[see what matches today](${String(o.resultsUrl)})`;
  if (o.alreadySaved) return `You already have that search saved as “${String(o.name)}”. Manage its alerts on ${manage}, or ${results}.`;
  return [
    `Saved: “${String(o.name)}”. When a new work that matches is published, I'll email you — at most once a day, never for works you've favourited or bought.`,
    `Manage it (rename, pause alerts, delete) on ${manage}, or ${results}.`,
  ].join(" ");
}

function purchaseAnswer(g: PurchaseGuide): string {
  const steps = g.steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
  if (!g.found) return `${g.message} Here is how buying works on Atelier:\n${steps}`;
  const link = `[${g.title}](${g.url})`;
  const ship = `It ships from ${g.shipping.from}: ${g.shipping.domestic} within ${g.shipping.from}, ${g.shipping.international ? `${g.shipping.international} elsewhere` : `and only within ${g.shipping.from}`}.`;
  if (!g.purchasable) {
    const why =
      g.availability === "sold"
        ? "it has sold"
        : g.availability === "sold_out"
          ? "the edition is sold out"
          : g.availability === "on_hold"
            ? "it is on hold in someone else's checkout; it comes back if they don't pay within 30 minutes"
            : "it isn't for sale yet";
    return `${link} by ${g.artist} (${g.price}) can't be bought right now: ${why}. [Save it to your favourites](${g.url}) or ask me for something similar.`;
  }
  const edition = g.kind === "EDITION" && g.editionsLeft !== null ? ` (${g.editionsLeft} left in the edition)` : "";
  return [
    `${link} by ${g.artist} is for sale at ${g.price}${edition}. ${ship}`,
    `To buy it:\n${steps}`,
    g.signedIn ? "" : "You'll need to [sign in](/sign-in) before checking out.",
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** "What is X?": an artwork of exactly that name comes first; otherwise the knowledge base answers (or a partly matching title). */
function aboutAnswer(results: OfflineToolResult[], c: OfflineConversation): string {
  const artwork = results.find((r) => r.toolName === "getArtwork" && !r.error);
  const knowledge = results.find((r) => r.toolName === "lookUpArtKnowledge" && !r.error);
  const found = (artwork?.output ?? {}) as { found?: boolean; match?: string };
  const entries = ((knowledge?.output as { entries?: KnowledgeFact[] } | undefined)?.entries ?? []).slice(0, 2);
  if (artwork && found.found && (found.match === "exact" || entries.length === 0)) return composeResult(artwork, c);
  return knowledgeAnswer(entries);
}

/** The patron assistant without a language model: intent from the words, tools for the facts, answers composed from the results. */
export const patronOfflinePolicy: OfflinePolicy = (c) => {
  if (c.toolResults.length > 0) {
    if (c.toolResults.some((r) => r.toolName === "lookUpArtKnowledge") && c.toolResults.some((r) => r.toolName === "getArtwork"))
      return { kind: "text", text: [aboutAnswer(c.toolResults, c), OFFLINE_FOOTER].join("\n\n") };
    return { kind: "text", text: [...c.toolResults.map((r) => composeResult(r, c)), OFFLINE_FOOTER].join("\n\n") };
  }
  // "tell me when … appears" asks for a saved search, before anything else the words could mean
  const alert = readSaveSearchRequest(c.userText);
  if (alert) return call("saveSearch", { ...alert });
  const intent = readPatronIntent(c.userText);
  switch (intent.kind) {
    case "help":
      return { kind: "text", text: HELP };
    case "favourites":
      return call("myFavourites", {});
    case "follows":
      return call("myFollows", {});
    case "recommend":
      return call("recommendForMe", { limit: 6 });
    case "purchases":
      return call("myPurchases", {});
    case "add-favourite":
      return c.tools.has("addFavourite")
        ? call("addFavourite", { artwork: intent.artwork })
        : { kind: "text", text: "Favourites need an account: [sign in](/sign-in) first." };
    case "about":
      return {
        kind: "tool-calls",
        calls: [
          { toolName: "lookUpArtKnowledge", input: { query: intent.subject } },
          { toolName: "getArtwork", input: { artwork: intent.subject } },
        ],
      };
    case "knowledge":
      return call("lookUpArtKnowledge", { query: intent.question });
    case "similar":
      return call("findSimilarArtworks", { artwork: intent.artwork, limit: 6 });
    case "buy":
      return call("howToBuy", { artwork: intent.artwork });
    case "artist":
      return call("getArtist", { artist: intent.artist });
    case "search":
      return call("searchCatalogue", { ...intent.request, limit: 6 });
  }
};
