import type { ImageAnalysis } from "./offline-vision.ts";
import { COPY_KIND_LABELS } from "./nested-prompts.ts";
import type { CopyArtwork, CopyData } from "./write-copy.ts";

/**
 * The offline assistant's answers to the tools' nested writing prompts: clear templates filled only with
 * the artist's own data (and, for images, measurements of the pixels). Labelled as offline drafts, so
 * nobody mistakes them for a model's writing. Anything the data does not say is left as a [placeholder].
 */

export const OFFLINE_DRAFT_LABEL = "[Offline draft: composed from your Atelier data by the offline assistant. Edit before use.]";

export function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const quoted = (titles: string[]) => titles.map((t) => `“${t}”`);
const firstSentence = (text: string) => (/^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim()).trim();
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Where the artist says they are (their profile's location), or nothing. Never the payout country: that is
 * where their bank account is, which may not be where they live or work.
 */
function place(d: CopyData): string | null {
  return d.artist.location?.trim() || null;
}

const sentences = (text: string, n: number) =>
  (text.trim().match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [])
    .slice(0, n)
    .map((x) => x.trim())
    .join(" ");

function subjects(works: CopyArtwork[]): string[] {
  return [...new Set(works.flatMap((w) => w.tags.map((t) => t.toLowerCase())))].slice(0, 4);
}

function mediums(works: CopyArtwork[]): string[] {
  return [...new Set(works.map((w) => w.medium.trim().toLowerCase()).filter(Boolean))].slice(0, 3);
}

function workLine(w: CopyArtwork): string {
  return `“${w.title}” (${[w.medium, w.dimensions, w.year].filter(Boolean).join(", ")})`;
}

function bio(d: CopyData): string {
  const { name } = d.artist;
  const where = place(d);
  const works = d.artworks;
  const media = mediums(works);
  const lines = [`${name} is an artist${where ? ` based in ${where}` : ""}${media.length ? ` working in ${listOf(media)}` : ""}.`];
  if (d.artist.bio) lines.push(d.artist.bio.trim());
  if (d.artist.statement) lines.push(`In ${name}'s words: “${sentences(d.artist.statement, 2)}”`);
  const about = subjects(works);
  if (about.length) lines.push(`The work returns to ${listOf(about)}.`);
  if (works.length) lines.push(`Recent work includes ${listOf(quoted(works.slice(0, 3).map((w) => w.title)))}.`);
  if (d.artist.website) lines.push(`More at ${d.artist.website}.`);
  return lines.join(" ");
}

function statement(d: CopyData): string {
  const works = d.artworks;
  const lines: string[] = [];
  if (d.artist.statement) lines.push(d.artist.statement.trim());
  if (mediums(works).length) lines.push(`I work in ${listOf(mediums(works))}.`);
  if (works.length) lines.push(`My recent pieces include ${listOf(quoted(works.slice(0, 3).map((w) => w.title)))}.`);
  const tags = [...new Set(works.flatMap((w) => w.tags))].slice(0, 5);
  if (tags.length) lines.push(`Recurring subjects: ${listOf(tags)}.`);
  lines.push("[Add a sentence in your own words about why you make this work.]");
  return lines.join(" ");
}

function pressRelease(d: CopyData): string {
  const { name } = d.artist;
  const works = d.focus ? [d.focus] : d.artworks.slice(0, 3);
  const where = place(d);
  return [
    "FOR IMMEDIATE RELEASE",
    "",
    `New work by ${name}`,
    ...(d.brief ? [`[Occasion, as you described it: ${d.brief}]`] : []),
    "",
    `${where ?? "[City]"}, [date] — ${name} presents ${works.length ? listOf(works.map(workLine)) : "[the work]"} at [venue], from [opening date] to [closing date].`,
    "",
    works[0]?.description ? firstSentence(works[0].description) : "[One or two sentences about the work.]",
    "",
    `About the artist: ${d.artist.bio ? d.artist.bio.trim() : `${name} is an artist${where ? ` based in ${where}` : ""}.`}`,
    "",
    `Contact: ${[d.artist.website, d.artist.instagram].filter(Boolean).join(" · ") || "[contact details]"}`,
  ].join("\n");
}

function marketing(d: CopyData): string {
  const { name } = d.artist;
  const w = d.focus ?? d.artworks[0];
  if (!w) return `New work by ${name} is coming to Atelier soon. [Add what you want to announce.]`;
  const about = w.description ? ` ${firstSentence(w.description)}` : "";
  const post = `New from ${name}: “${w.title}”, ${lowerFirst(w.medium)}, ${w.dimensions}. See it on Atelier.`;
  return [
    `Newsletter: ${name} has a new piece, “${w.title}” — ${lowerFirst(w.medium)}, ${w.dimensions}.${about} It is ${w.price} on Atelier.`,
    "",
    `Social post: ${post}`,
  ].join("\n");
}

function sales(d: CopyData): string {
  const w = d.focus ?? d.artworks[0];
  if (!w) return "[Choose an artwork to write sales text for.]";
  const kind = w.kind === "EDITION" ? `an edition of ${w.editionSize ?? "[size]"}` : "an original, one of a kind";
  return [
    `“${w.title}” by ${d.artist.name}: ${lowerFirst(w.medium)}, ${w.dimensions}${w.year ? `, ${w.year}` : ""}. It is ${kind}.`,
    w.description ? w.description.trim() : "[Say what living with this work is like.]",
    `Price: ${w.price}.`,
  ].join(" ");
}

function artworkDescription(d: CopyData): string {
  const w = d.focus;
  if (!w) return "[Choose which of your artworks to describe.]";
  const lines = [
    `“${w.title}” is ${w.kind === "EDITION" ? "an edition" : "an original work"} in ${lowerFirst(w.medium)}, ${w.dimensions}${w.year ? `, made in ${w.year}` : ""}.`,
  ];
  if (w.description) lines.push(w.description.trim());
  if (w.tags.length) lines.push(`Themes: ${listOf(w.tags)}.`);
  return lines.join(" ");
}

const WRITERS = { bio, statement, "press-release": pressRelease, marketing, sales, "artwork-description": artworkDescription } as const;

export function offlineCopy(d: CopyData): string {
  return `${OFFLINE_DRAFT_LABEL}\n\n${WRITERS[d.kind](d)}`;
}

export { COPY_KIND_LABELS };

export interface DescribeDetails {
  title: string;
  medium: string;
  dimensions: string;
  year: number | null;
  tags: string[];
}

/** The mood the measured light and colour suggest, in words a listing would use. */
export function moodOf(a: Pick<ImageAnalysis, "brightness" | "saturation" | "contrast">): string {
  if (a.saturation === "vivid") return a.contrast === "strong" ? "bold and energetic" : "bright and lively";
  if (a.brightness === "dark") return a.contrast === "strong" ? "dramatic and nocturnal" : "quiet and brooding";
  if (a.brightness === "light") return a.contrast === "soft" ? "calm and airy" : "fresh and open";
  if (a.saturation === "nearly monochrome") return "spare and restrained";
  return a.contrast === "strong" ? "striking" : "calm and reflective";
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function palette(a: ImageAnalysis): string {
  const [main, ...others] = a.colours;
  if (!main) return "Its colours are evenly balanced, with no single one taking over.";
  const accents = others.map((c) => c.name);
  const lead = main.share >= 0.45 ? `${capitalise(main.name)} fills most of the picture` : `${capitalise(main.name)} leads the palette`;
  return `${lead}${accents.length ? `, with ${listOf(accents)} alongside` : ""}.`;
}

const FORMAT = { landscape: "a landscape format", portrait: "an upright, portrait format", square: "a square format" } as const;

/** A description from the image (its colours and light, in words) and the artwork's own fields: copy an artist could publish. */
export function offlineDescription(details: DescribeDetails, a: ImageAnalysis): string {
  const made = `${lowerFirst(details.medium)}, ${details.dimensions}${details.year ? `, made in ${details.year}` : ""}`;
  const light = a.lightestArea === "at the centre" ? "the light gathers at the centre" : `the light gathers ${a.lightestArea}`;
  return [
    "[Offline draft: written from the image's colours and light and your listing details by the offline assistant, not seen by an AI model. Edit before use.]",
    "",
    `“${details.title}” is ${made}, in ${FORMAT[a.orientation]}.`,
    `${palette(a)} The mood is ${moodOf(a)}: ${a.saturation === "vivid" ? "the colour is vivid" : `the colour is ${a.saturation}`}, the contrast ${a.contrast}, and ${light}.`,
    details.tags.length ? `It touches on ${listOf(details.tags.map((t) => t.toLowerCase()))}.` : "",
  ]
    .filter((l, i) => l !== "" || i === 1)
    .join("\n");
}
