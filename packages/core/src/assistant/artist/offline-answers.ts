import type { OfflineToolResult } from "@atelier/ai";
import { COPY_KIND_LABELS, type CopyKind } from "./nested-prompts.ts";
import { listOf } from "./offline-writer.ts";
import { toolErrorForUser } from "../errors.ts";

/** How the offline artist assistant words its answers: only what the tool results say, always labelled. */

export const OFFLINE_FOOTER = "_Offline assistant: no AI model is configured, so I answer only from your own Atelier data._";

export const HELP_TEXT = [
  "I'm the offline artist assistant. I can:",
  "- list your artworks — “my artworks” or “my drafts”",
  "- show your profile — “my profile”",
  "- tell you what you sold — “how much did I sell this year?” or “my sales in 2025”",
  "- write a draft bio, artist statement, press release, marketing or sales text — “write my bio”, “write sales text for Harbour in Blue”",
  "- describe one of your artworks from its image — “describe Harbour in Blue” or “describe my latest artwork”",
  "- answer questions about techniques, care, editions and pricing from Atelier's art knowledge base — “what is a giclée?”, “how do I price my work?”",
  "- invoice a collector — “invoice Jane Doe, jane@example.com, €2,000 for Indigo Hour, 50% deposit, due in 14 days”. I show you the invoice first; it is created and mailed only when you confirm.",
  "- draft a listing — “I just finished a 40×50 oil on linen called Harbour at Dusk, €900” or “draft a listing: Harbour at Dusk, oil on canvas, 60 x 80 cm, €900”. It is saved as a DRAFT for you to review in the studio; I never publish anything or change prices.",
].join("\n");

export const withFooter = (text: string) => `${text}\n\n${OFFLINE_FOOTER}`;

interface ArtworkItem {
  id: string;
  title: string;
  status: string;
  price?: { display?: string };
  editUrl?: string;
  imageCount?: number;
}

export function artworksAnswer(output: unknown): string {
  const items = ((output as { items?: ArtworkItem[] } | undefined)?.items ?? []).slice(0, 30);
  if (!items.length) return "You have no artworks yet. Add one in the studio, or ask me to draft a listing.";
  const lines = items.map(
    (a) =>
      `- [${a.title}](${a.editUrl ?? `/studio/artworks/${a.id}`}) — ${a.status.toLowerCase().replace("_", " ")}${a.price?.display ? `, ${a.price.display}` : ""}`,
  );
  return `Your artworks (${items.length}):\n${lines.join("\n")}`;
}

export function profileAnswer(output: unknown): string {
  const p = (output ?? {}) as Record<string, string | null | undefined>;
  const rows = [
    ["Name", p.displayName],
    ["Location", p.location],
    ["Country", p.country],
    ["Website", p.website],
    ["Instagram", p.instagram],
    ["Bio", p.bio],
    ["Statement", p.statement],
  ].map(([k, v]) => `- ${k}: ${v && v.trim() ? v : "(empty)"}`);
  return `Your profile:\n${rows.join("\n")}${p.publicUrl ? `\n\nPublic page: ${p.publicUrl}` : ""}`;
}

export function copyAnswer(output: unknown): string {
  const o = (output ?? {}) as { kind?: CopyKind; text?: string; basedOn?: { profileFields?: string[]; artwork?: string | null; artworks?: string[] } };
  const label = o.kind ? COPY_KIND_LABELS[o.kind] : "text";
  const sources = [
    o.basedOn?.profileFields?.length ? `your profile (${listOf(o.basedOn.profileFields)})` : null,
    o.basedOn?.artwork ? `“${o.basedOn.artwork}”` : o.basedOn?.artworks?.length ? `${o.basedOn.artworks.length} of your artworks` : null,
  ].filter((s): s is string => !!s);
  return [
    `Here is a draft ${label}${sources.length ? `, from ${listOf(sources)}` : ""} (above, with a copy button). It is not saved: copy what you like into your profile or listing.`,
  ].join("\n");
}

export function describeAnswer(output: unknown): string {
  const o = (output ?? {}) as { artworkId?: string; title?: string; description?: string };
  return [
    `A description of “${o.title ?? "your artwork"}” is above. It is not saved: paste it into the listing if you want it${o.artworkId ? ` ([edit the artwork](/studio/artworks/${o.artworkId}))` : ""}.`,
  ].join("\n");
}

export function draftAnswer(output: unknown): string {
  const o = (output ?? {}) as { title?: string; editUrl?: string; status?: string };
  return [
    `I saved “${o.title ?? "your listing"}” as a draft (status: ${o.status ?? "DRAFT"}). It is not published.`,
    `Review it, add images and submit it for review when you're ready: [open the draft](${o.editUrl ?? "/studio"}).`,
  ].join("\n");
}

export function errorAnswer(result: OfflineToolResult): string {
  if (result.denied) return "I can't do that in this step. Ask again in a new message if you meant it.";
  return toolErrorForUser(result.error ?? "");
}

/** After the artist confirmed draftInvoice: what was created and sent, or what went wrong. */
export function invoiceAnswer(output: unknown): string {
  const o = (output ?? {}) as {
    ok?: boolean;
    error?: string;
    invoices?: { reference: string; part: string; amount: string; dueDate: string }[];
    sentTo?: string;
    invoicesUrl?: string;
  };
  if (!o.ok || !o.invoices?.length) return `I couldn't create the invoice: ${o.error ?? "something went wrong"}.`;
  const lines = o.invoices.map(
    (i) => `- ${i.part === "DEPOSIT" ? "Deposit" : i.part === "BALANCE" ? "Balance" : "Invoice"} ${i.reference}: ${i.amount}, due ${i.dueDate}`,
  );
  return `Done — sent to ${o.sentTo}:\n${lines.join("\n")}\n\nFollow it on [your invoices](${o.invoicesUrl}).`;
}
