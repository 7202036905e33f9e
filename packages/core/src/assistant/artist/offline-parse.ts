import { ARTWORK_CATEGORIES, CATEGORY_LABELS, categoryOfMedium, type ArtworkCategoryName } from "../../artwork/taxonomy.ts";

/**
 * Reading a listing out of plain text for the offline assistant ("draft a listing: Harbour at Dusk,
 * oil on canvas, 60 x 80 cm, €900"). Pure functions; anything it cannot read is reported as missing,
 * never guessed.
 */

export interface ParsedDimensions {
  widthCm: number;
  heightCm: number;
  depthCm?: number;
  /** the text that matched, so the caller can remove it */
  match: string;
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const SEP = String.raw`\s*(?:x|×|\*|by)\s*`;
// "in" only as a unit at the end of a phrase, so "60 x 80 in oil" is not inches
// "16x20in" (attached) is inches too
const UNIT = String.raw`(cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?|inch(?:es)?|(?<=\d)in\b|in(?=\s*(?:[,.;)]|$))|″|")`;
const DIMENSIONS = new RegExp(String.raw`(${NUM})\s*${UNIT}?${SEP}(${NUM})\s*${UNIT}?(?:${SEP}(${NUM})\s*${UNIT}?)?`, "i");

const toNumber = (s: string) => Number(s.replace(",", "."));
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function cmPerUnit(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith("mm") || u.startsWith("milli")) return 0.1;
  if (u === "in" || u.startsWith("inch") || u === "″" || u === '"') return 2.54;
  return 1;
}

/** "60 x 80 cm", "60×80cm", "60 by 80 by 4 cm", "24 x 36 in" (→ cm), "600 x 800 mm". Unitless means cm. */
export function parseDimensions(text: string): ParsedDimensions | null {
  const m = DIMENSIONS.exec(text);
  if (!m?.[1] || !m[3]) return null;
  const unit = m[6] ?? m[4] ?? m[2] ?? "cm";
  const cm = (s: string) => oneDecimal(toNumber(s) * cmPerUnit(unit));
  return { widthCm: cm(m[1]), heightCm: cm(m[3]), ...(m[5] ? { depthCm: cm(m[5]) } : {}), match: m[0] };
}

export interface ParsedPrice {
  /** major units as a plain decimal string, e.g. "1200" or "1200.50" */
  amount: string;
  currency: string;
  match: string;
}

const SYMBOLS: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP", "¥": "JPY" };
const WORDS: Record<string, string> = {
  euro: "EUR",
  euros: "EUR",
  dollar: "USD",
  dollars: "USD",
  pound: "GBP",
  pounds: "GBP",
  yen: "JPY",
  chf: "CHF",
  francs: "CHF",
};
const CODES = "EUR|USD|GBP|CHF|SEK|NOK|DKK|JPY|CAD|AUD";
const AMOUNT = String.raw`\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const PREFIXED = new RegExp(String.raw`(?:(${CODES})\s?|([€$£¥])\s?)(${AMOUNT})`, "i");
const SUFFIXED = new RegExp(String.raw`(${AMOUNT})\s?(?:([€$£¥])|(${CODES}|euros?|dollars?|pounds?|yen|francs)\b)`, "i");

/** "1,200" / "1.200,50" / "1 200" / "900.5" → "1200", "1200.50", "1200", "900.5" (grouping removed, decimal point normalised). */
export function normaliseAmount(raw: string): string {
  const s = raw.replace(/['\s]/g, "");
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  const decimalAt = Math.max(lastComma, lastDot);
  // a separator followed by exactly three digits is grouping ("1,200", "1.200"); one or two digits are decimals
  if (decimalAt === -1 || s.length - decimalAt - 1 === 3) return s.replace(/[.,]/g, "");
  return `${s.slice(0, decimalAt).replace(/[.,]/g, "")}.${s.slice(decimalAt + 1)}`;
}

/** "€900", "€ 1,200.50", "900 EUR", "900 euros", "$1,200", "USD 1200", "£450". Null when no currency is named. */
export function parsePrice(text: string): ParsedPrice | null {
  const pre = PREFIXED.exec(text);
  if (pre?.[3]) {
    const currency = pre[1] ? pre[1].toUpperCase() : SYMBOLS[pre[2] ?? ""];
    if (currency) return { amount: normaliseAmount(pre[3]), currency, match: pre[0] };
  }
  const suf = SUFFIXED.exec(text);
  if (suf?.[1]) {
    const word = (suf[3] ?? "").toLowerCase();
    const currency = suf[2] ? SYMBOLS[suf[2]] : (WORDS[word] ?? word.toUpperCase());
    if (currency) return { amount: normaliseAmount(suf[1]), currency, match: suf[0] };
  }
  return null;
}

export interface ParsedListing {
  title?: string;
  medium?: string;
  /** named ("category: print"), else guessed from the medium; the artist can change it in the studio */
  category?: ArtworkCategoryName;
  widthCm?: number;
  heightCm?: number;
  depthCm?: number;
  suggestedPrice?: number;
  currency?: string;
  description?: string;
  tags?: string[];
  year?: number;
}

/** "called Harbour at Dusk", "titled “Night Ferry”": the title after a naming word, up to the next clause. */
const TITLE_CUE =
  /\b(?:called|titled|entitled|named)\s+["“'‘]?(.+?)["”'’]?(?=\s*(?:[,;.!?\n]|\s[—–-]\s|\s+(?:priced|which|that|and\s+(?:it|i)|it'?s|i'?m|in\s+(?:oil|acrylic|watercolou?r|gouache|ink))\b|\s+(?:for|at|asking)\s*(?:[,;.]|$)|$))/i;

/** A medium phrase inside a sentence: "oil on linen", "acrylic and ink on paper", "watercolour", "bronze". */
const MEDIUM_PHRASE = new RegExp(
  String.raw`\b((?:oil|acrylic|watercolou?r|gouache|ink|charcoal|pastel|pencil|graphite|tempera|encaustic|mixed media|collage|bronze|ceramic|porcelain|stoneware|marble|woodcut|linocut|etching|lithograph|screenprint|silkscreen|giclée|giclee|photograph|digital print|embroidery|resin)` +
    String.raw`(?:\s+(?:and|&|with)\s+(?:oil|acrylic|ink|charcoal|pastel|pencil|graphite|gouache|collage|gold leaf))?(?:\s+(?:paint(?:ing)?|print|drawing))?` +
    String.raw`(?:\s+on\s+(?:[a-z-]+\s+){0,2}?(?:canvas|linen|paper|panel|board|wood|aluminium|aluminum|card|copper|dibond|cotton|rag)(?:\s+(?:paper|board|panel))?)?)\b`,
  "i",
);

const LISTING_PREFIX = /^.*?\b(?:draft|create|make|add|start|prepare)\b[^:]*?\blisting\b\s*(?:for|of|called|named)?\s*[:\-–—]?\s*/i;
const MEDIUM_WORDS =
  /\b(oil|acrylic|watercolou?r|gouache|ink|charcoal|pastel|pencil|graphite|tempera|encaustic|mixed media|collage|bronze|ceramic|porcelain|clay|stoneware|marble|wood|woodcut|linocut|etching|lithograph|screenprint|silkscreen|print|photograph|photo|giclée|giclee|digital|textile|embroidery|glass|resin|steel|canvas|paper|panel|linen)\b/i;

/** A labelled field ("title: …", "medium: …", "tags: a, b") up to the next labelled field or the end. */
function labelled(text: string, label: string): string | undefined {
  const m = new RegExp(String.raw`\b${label}\s*[:=]\s*(.+?)(?=\s*[;\n]|\s+\b(?:title|medium|category|size|price|tags|year|description)\s*[:=]|$)`, "i").exec(
    text,
  );
  return m?.[1]?.trim().replace(/^["“']|["”']$/g, "") || undefined;
}

/**
 * The listing fields a message states. Labelled fields win ("title: …"); otherwise the dimensions
 * and price are found by shape, the segment naming a material is the medium and the first remaining
 * segment (or a quoted phrase) is the title.
 */
export function parseListing(message: string): ParsedListing {
  const out: ParsedListing = {};
  const description = labelled(message, "description");
  let rest = description ? message.replace(new RegExp(String.raw`\bdescription\s*[:=]\s*` + escape(description) + `["”']?`, "i"), " ") : message;
  if (description) out.description = description;

  const category = labelled(rest, "category");
  if (category) {
    const named = categoryNamed(category);
    if (named) out.category = named;
    rest = rest.replace(new RegExp(String.raw`\bcategory\s*[:=]\s*` + escape(category), "i"), " ");
  }

  const tags = labelled(rest, "tags");
  if (tags) {
    out.tags = tags
      .split(/\s*,\s*/)
      .map((t) => t.trim())
      .filter(Boolean);
    rest = rest.replace(new RegExp(String.raw`\btags\s*[:=]\s*` + escape(tags), "i"), " ");
  }
  const dims = parseDimensions(rest);
  if (dims) {
    Object.assign(out, { widthCm: dims.widthCm, heightCm: dims.heightCm }, dims.depthCm ? { depthCm: dims.depthCm } : {});
    rest = rest.replace(dims.match, " ");
  }
  const price = parsePrice(rest);
  if (price) {
    out.suggestedPrice = Number(price.amount);
    out.currency = price.currency;
    rest = rest.replace(price.match, " ");
  }
  const year = /\b(?:year\s*[:=]?\s*|from\s+|made in\s+|painted in\s+|in\s+|\()?((?:1[0-9]|20)\d{2})\)?\b/i.exec(rest);
  if (year?.[1]) {
    out.year = Number(year[1]);
    rest = rest.replace(year[0], " ");
  }

  const cue = labelled(rest, "title") ? null : TITLE_CUE.exec(rest);
  if (cue) rest = rest.replace(cue[0], ",");
  const quoted = cue ? null : (/["“]([^"”]{1,140})["”]/.exec(rest) ?? /(?:^|[\s:(])['‘]([^'’]{1,140})['’](?=[\s,.;:)!?]|$)/.exec(rest));
  const title = labelled(rest, "title") ?? cue?.[1]?.trim() ?? quoted?.[1];
  if (!labelled(rest, "title") && quoted) rest = rest.replace(quoted[0], ",");
  // in a sentence ("I just finished a 40×50 oil on linen called …") the medium is a phrase, not a segment
  const medium = labelled(rest, "medium") ?? (cue || !LISTING_PREFIX.test(rest) ? MEDIUM_PHRASE.exec(rest)?.[1] : undefined);
  const body = rest.replace(LISTING_PREFIX, "").replace(/\b(?:title|medium|price|size)\s*[:=]/gi, ",");
  const segments = body
    .split(/\s*[,;\n]\s*|\s+[—–-]\s+/)
    .map((s) =>
      s
        .trim()
        .replace(/^[—–:\s-]+/, "")
        .replace(/^(?:and|priced at|price|for|at)\s+/i, "")
        .replace(/[.\s]+$/, ""),
    )
    .filter((s) => s.length > 0 && !/^(?:cm|mm|in|eur|usd)$/i.test(s));
  out.medium = medium ?? segments.find((s) => MEDIUM_WORDS.test(s) && s !== title);
  out.title = title ?? segments.find((s) => s !== out.medium && !MEDIUM_WORDS.test(s));
  if (out.title) out.title = out.title.replace(/^["“']|["”']$/g, "").trim();
  if (!out.title) delete out.title;
  if (!out.medium) delete out.medium;
  const guessed = out.medium ? categoryOfMedium(out.medium) : null;
  if (!out.category && guessed) out.category = guessed;
  return out;
}

/** "print", "Mixed media", "mixed-media", "photo" → the category; undefined for anything else. */
function categoryNamed(text: string): ArtworkCategoryName | undefined {
  const t = text.trim().toLowerCase().replace(/[-_]/g, " ");
  return (
    ARTWORK_CATEGORIES.find((c) => CATEGORY_LABELS[c].toLowerCase() === t || `${CATEGORY_LABELS[c].toLowerCase()}s` === t) ?? categoryOfMedium(t) ?? undefined
  );
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The fields draftListing needs that the text did not give, in words for the artist. */
export function missingListingFields(p: ParsedListing): string[] {
  const missing: string[] = [];
  if (!p.title) missing.push("the title");
  if (!p.medium) missing.push("the medium (e.g. oil on canvas)");
  if (p.widthCm === undefined || p.heightCm === undefined) missing.push("the size (e.g. 60 x 80 cm)");
  if (p.suggestedPrice === undefined) missing.push("the price with its currency (e.g. €900)");
  if (p.medium && !p.category) missing.push("the category (painting, drawing, print, photography, sculpture, ceramics, textile, digital or mixed media)");
  return missing;
}
