"use client";

import Link from "next/link";
import { useState } from "react";

import { formatMoney, isCurrency, parseMajorUnits } from "@atelier/core/money";

/** What the chat shows while each tool runs. */
const ACTIVITY: Record<string, string> = {
  searchCatalogue: "Searching the catalogue…",
  getArtwork: "Looking up the artwork…",
  getArtist: "Reading the artist's profile…",
  myFavourites: "Checking your favourites…",
  myFollows: "Checking who you follow…",
  recommendForMe: "Finding works for you…",
  addFavourite: "Adding to your favourites…",
  saveSearch: "Saving your search…",
  lookUpArtKnowledge: "Looking it up in the art knowledge base…",
  findSimilarArtworks: "Finding similar works…",
  howToBuy: "Checking how to buy it…",
  myProfile: "Reading your profile…",
  draftInvoice: "Creating the invoice at Stripe…",
  myArtworks: "Reading your artworks…",
  writeCopy: "Writing…",
  describeArtwork: "Looking at the image…",
  draftListing: "Drafting the listing…",
};

interface ArtworkCardData {
  slug: string;
  title: string;
  artist: string;
  price: string;
  size: string;
  url: string;
  imageUrl: string | null;
  imageAlt: string;
  dominantColor: string | null;
  sold?: boolean;
}

interface ToolPartView {
  type: string;
  toolCallId: string;
  state: string;
  input?: unknown;
  output?: unknown;
  errorText?: string;
  approval?: { id: string; approved?: boolean; reason?: string; requestReason?: string; isAutomatic?: boolean };
}

function ArtworkCards({ artworks }: { artworks: ArtworkCardData[] }) {
  if (artworks.length === 0) return null;
  return (
    <ul className="mt-2 grid grid-cols-2 gap-2 @md:grid-cols-3 @3xl:grid-cols-4" aria-label="Artworks from the catalogue">
      {artworks.map((a) => (
        <li key={a.slug}>
          <Link href={a.url} className="group block overflow-hidden rounded-lg border border-line bg-white/70 hover:border-ink/40">
            <div className="aspect-[4/3] w-full" style={{ backgroundColor: a.dominantColor ?? "#e7e2d8" }}>
              {a.imageUrl ? <img src={a.imageUrl} alt={a.imageAlt} loading="lazy" className="h-full w-full object-cover" /> : null}
            </div>
            <div className="px-2 py-1.5 text-xs">
              <p className="truncate font-medium text-ink group-hover:underline">{a.title}</p>
              <p className="truncate text-ink-soft">{a.artist}</p>
              <p className="text-ink-soft">
                {a.price}
                {a.sold ? " · sold" : ""}
              </p>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function CopyText({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2 rounded-lg border border-line bg-white/80 p-3">
      <p className="mb-2 text-xs font-medium uppercase tracking-wide text-ink-soft">{label}</p>
      <p className="whitespace-pre-wrap text-sm">{text}</p>
      <button
        type="button"
        className="mt-2 rounded-full border border-ink/20 px-3 py-1 text-xs hover:border-ink/50"
        onClick={async () => {
          await navigator.clipboard?.writeText(text);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy text"}
      </button>
    </div>
  );
}

type Out = { artworks?: ArtworkCardData[]; text?: string; kind?: string; description?: string; editUrl?: string; title?: string; status?: string };

interface InvoiceDraftView {
  buyerName?: string;
  buyerEmail?: string;
  artwork?: string;
  title?: string;
  amount?: string;
  currency?: string;
  depositPercent?: number;
  dueInDays?: number;
  balanceDueInDays?: number;
}

/** "2000" EUR → "€2,000.00"; what the model typed when it is not a parseable amount (the server refuses it on confirm). */
function draftAmountLabel(amount: string, currency: string | undefined): string {
  const code = (currency ?? "").toUpperCase();
  if (!isCurrency(code)) return `${code} ${amount}`.trim();
  const parsed = parseMajorUnits(amount, code);
  return parsed.ok ? formatMoney(parsed.minor, code) : `${code} ${amount}`;
}

/** The invoice the assistant prepared, shown before anything exists: created and mailed only on "Create and send". */
function InvoiceConfirm({ input, onAnswer }: { input: InvoiceDraftView; onAnswer: (yes: boolean) => void }) {
  const amount = input.amount ? draftAmountLabel(input.amount, input.currency) : "its listed price";
  const what = input.artwork ?? input.title ?? "—";
  return (
    <div className="rounded-lg border border-accent/40 bg-accent/5 p-3 text-sm" role="group" aria-label="Confirm invoice" data-testid="invoice-confirm">
      <p className="font-medium">Send this invoice?</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-ink-soft">To</dt>
        <dd>
          {input.buyerName} · {input.buyerEmail}
        </dd>
        <dt className="text-ink-soft">For</dt>
        <dd>{what}</dd>
        <dt className="text-ink-soft">Amount</dt>
        <dd>{amount}</dd>
        <dt className="text-ink-soft">Terms</dt>
        <dd>
          {input.depositPercent
            ? `${input.depositPercent}% deposit due in ${input.dueInDays ?? 14} days, balance in ${input.balanceDueInDays ?? Math.max(30, input.dueInDays ?? 14)} days`
            : `Due in ${input.dueInDays ?? 14} days`}
        </dd>
      </dl>
      <div className="mt-3 flex gap-2">
        <button type="button" className="rounded-full bg-ink px-3 py-1 text-xs font-medium text-paper hover:bg-ink-soft" onClick={() => onAnswer(true)}>
          Create and send
        </button>
        <button type="button" className="rounded-full border border-ink/20 px-3 py-1 text-xs hover:border-ink/50" onClick={() => onAnswer(false)}>
          Not now
        </button>
      </div>
    </div>
  );
}

export function ToolPart({ part, onApprove }: { part: ToolPartView; onApprove: (id: string, approved: boolean) => void }) {
  const name = part.type.replace(/^tool-/, "");
  switch (part.state) {
    case "input-streaming":
    case "input-available":
      return (
        <p className="flex items-center gap-2 text-xs text-ink-soft" role="status">
          <span className="inline-block h-2 w-2 animate-pulse rounded-full bg-accent" aria-hidden /> {ACTIVITY[name] ?? "Working…"}
        </p>
      );
    case "approval-requested": {
      const input = part.input as { artwork?: string } | undefined;
      if (part.approval?.isAutomatic) return null;
      if (name === "draftInvoice")
        return <InvoiceConfirm input={part.input as InvoiceDraftView} onAnswer={(yes) => part.approval && onApprove(part.approval.id, yes)} />;
      return (
        <div className="rounded-lg border border-accent/40 bg-accent/5 p-3 text-sm" role="group" aria-label="Confirm action">
          <p>{name === "addFavourite" ? `Add “${input?.artwork ?? "this artwork"}” to your favourites?` : `Allow ${name}?`}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="rounded-full bg-ink px-3 py-1 text-xs font-medium text-paper hover:bg-ink-soft"
              onClick={() => part.approval && onApprove(part.approval.id, true)}
            >
              {name === "addFavourite" ? "Yes, add it" : "Allow"}
            </button>
            <button
              type="button"
              className="rounded-full border border-ink/20 px-3 py-1 text-xs hover:border-ink/50"
              onClick={() => part.approval && onApprove(part.approval.id, false)}
            >
              No thanks
            </button>
          </div>
        </div>
      );
    }
    case "approval-responded":
      return <p className="text-xs text-ink-soft">{part.approval?.approved ? "Confirmed." : "Not done."}</p>;
    case "output-denied":
      return <p className="text-xs text-ink-soft">Not done{part.approval?.reason ? `: ${part.approval.reason}` : "."}</p>;
    case "output-error":
      // the server sends only friendly text here (friendlyChatError); shown quietly, not as an alarm
      return <p className="text-xs text-ink-soft">{part.errorText ?? "That didn't work."}</p>;
    case "output-available": {
      const o = (part.output ?? {}) as Out;
      if (o.artworks) return <ArtworkCards artworks={o.artworks} />;
      if (name === "writeCopy" && o.text) return <CopyText text={o.text} label={`Suggested ${o.kind ?? "copy"} (not saved)`} />;
      if (name === "describeArtwork" && o.description) return <CopyText text={o.description} label="Suggested description (not saved)" />;
      if (name === "draftListing" && o.editUrl) {
        return (
          <p className="text-sm">
            Draft saved:{" "}
            <Link className="font-medium text-accent-deep underline" href={o.editUrl}>
              review “{o.title ?? "your draft"}” in the studio
            </Link>
          </p>
        );
      }
      return null;
    }
    default:
      return null;
  }
}
