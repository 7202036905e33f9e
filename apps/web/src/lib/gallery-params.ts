import { listArtworksSchema, searchQuerySchema, type ListArtworksInput } from "@atelier/core/schemas/discovery";
import { formatMajorUnits, isCurrency, parseOptionalAmount, type Currency } from "@atelier/core/money";

/**
 * Gallery state lives in the URL (shareable links): ?q=&category=&size=&minSize=&maxSize=&unit=&orientation=&colour=
 * &country=&kind=&products=&availability=&min=&max=&currency=&tag=&sort=&artist= — `currency` is the buyer's display
 * currency (the price range is in it), remembered in the `atelier_currency` cookie (set by the proxy).
 */
export type GallerySearchParams = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const many = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);

/** The URL values, for filling the form back in (strings, as typed). */
export interface GalleryForm {
  q: string;
  medium: string;
  category: string;
  size: string;
  minSize: string;
  maxSize: string;
  unit: string;
  orientation: string;
  colour: string;
  country: string;
  kind: string;
  availability: string;
  /** "1": only works with prints or products on sale */
  products: string;
  min: string;
  max: string;
  currency: string;
  tags: string[];
  sort: string;
  artist: string;
}

interface GalleryState {
  q: string | undefined;
  qError: string | undefined;
  input: Omit<ListArtworksInput, "cursor" | "limit">;
  form: GalleryForm;
  /** the display currency's default: a link leaves `currency` out when it is this one */
  defaultCurrency: string;
  errors: Record<string, string>;
}

/** The display currency: the URL's, else the cookie's, else the catalogue's most common listing currency. */
export function displayCurrencyOf(sp: GallerySearchParams, cookie: string | undefined, fallback: string): Currency | undefined {
  for (const c of [one(sp.currency), cookie, fallback]) {
    const code = c?.toUpperCase();
    if (code && isCurrency(code)) return code;
  }
  return undefined;
}

export function parseGalleryParams(sp: GallerySearchParams, currency: Currency, defaultCurrency: string): GalleryState {
  const min = parseOptionalAmount(one(sp.min), currency);
  const max = parseOptionalAmount(one(sp.max), currency);
  const errors: Record<string, string> = {};
  if (one(sp.min) && min === undefined) errors.minPrice = `Enter the lowest price as a number of ${currency}, e.g. 200`;
  if (one(sp.max) && max === undefined) errors.maxPrice = `Enter the highest price as a number of ${currency}, e.g. 800`;
  let filters: Record<string, unknown> = {
    medium: one(sp.medium),
    category: one(sp.category),
    size: one(sp.size),
    minSize: one(sp.minSize),
    maxSize: one(sp.maxSize),
    sizeUnit: one(sp.unit),
    orientation: one(sp.orientation),
    colour: one(sp.colour),
    country: one(sp.country),
    kind: one(sp.kind),
    availability: one(sp.availability) ?? "available",
    licensed: one(sp.products) === "1" ? true : undefined,
    artist: one(sp.artist),
    tags: many(sp.tag).length ? many(sp.tag) : undefined,
    minPrice: min,
    maxPrice: max,
    currency: min !== undefined || max !== undefined ? currency : undefined,
  };
  const sort = one(sp.sort) === "relevance" ? "newest" : (one(sp.sort) ?? "newest");
  // a value the schema refuses is reported on its field and left out; the other filters still apply
  let parsed = listArtworksSchema.safeParse({ filters, sort });
  for (let attempt = 0; !parsed.success && attempt < 6; attempt++) {
    const bad = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path.at(-1));
      errors[field] ??= issue.message;
      if (issue.path[0] === "filters") bad.add(String(issue.path[1]));
    }
    if (bad.size === 0) break;
    filters = Object.fromEntries(Object.entries(filters).filter(([k]) => !bad.has(k)));
    parsed = listArtworksSchema.safeParse({ filters, sort });
  }
  const input = parsed.success
    ? { filters: parsed.data.filters, sort: parsed.data.sort, displayCurrency: currency }
    : { filters: { availability: "available" as const }, sort: "newest" as const, displayCurrency: currency };
  const qRaw = one(sp.q);
  const q = qRaw === undefined ? undefined : searchQuerySchema.safeParse(qRaw);
  return {
    q: q?.success ? q.data : undefined,
    qError: q && !q.success ? q.error.issues[0]?.message : undefined,
    input,
    errors,
    defaultCurrency,
    form: {
      q: qRaw ?? "",
      medium: one(sp.medium) ?? "",
      category: one(sp.category) ?? "",
      size: one(sp.size) ?? "",
      minSize: one(sp.minSize) ?? "",
      maxSize: one(sp.maxSize) ?? "",
      unit: one(sp.unit) === "in" ? "in" : "cm",
      orientation: one(sp.orientation) ?? "",
      colour: one(sp.colour) ?? "",
      country: one(sp.country)?.toUpperCase() ?? "",
      kind: one(sp.kind) ?? "",
      availability: one(sp.availability) ?? "available",
      products: one(sp.products) === "1" ? "1" : "",
      min: min !== undefined ? formatMajorUnits(min, currency) : (one(sp.min) ?? ""),
      max: max !== undefined ? formatMajorUnits(max, currency) : (one(sp.max) ?? ""),
      currency,
      tags: many(sp.tag),
      sort: one(sp.sort) ?? (qRaw ? "relevance" : "newest"),
      artist: one(sp.artist) ?? "",
    },
  };
}

/** The values a link leaves out because they are what the gallery does anyway. */
function isDefault(key: string, value: string, merged: Record<string, string | string[] | null>, defaultCurrency: string): boolean {
  if (key === "availability") return value === "available";
  if (key === "sort") return value === "newest" || value === "relevance";
  if (key === "unit") return value === "cm" || (!merged.minSize && !merged.maxSize);
  if (key === "currency") return value === defaultCurrency;
  return false;
}

/** The same URL with some parameters changed or removed (for chips and sort links). */
export function galleryHref(
  state: Pick<GalleryState, "form" | "defaultCurrency">,
  change: Partial<Record<keyof GalleryForm, string | string[] | null>>,
): string {
  const merged: Record<string, string | string[] | null> = { ...state.form, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === "string" && isDefault(k, v, merged, state.defaultCurrency)) continue;
    if (k === "tags") for (const t of v as string[]) params.append("tag", t);
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `/gallery?${s}` : "/gallery";
}
