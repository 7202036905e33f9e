import { listArtworksSchema, searchQuerySchema, type ListArtworksInput } from "@atelier/core/schemas/discovery";
import { formatMajorUnits, parseOptionalAmount } from "@atelier/core/money";

/** Gallery state lives in the URL (shareable links): ?q=&medium=&kind=&availability=&min=&max=&currency=&tag=&sort=&artist= */
export type GallerySearchParams = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const many = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);

interface GalleryState {
  q: string | undefined;
  qError: string | undefined;
  input: Omit<ListArtworksInput, "cursor" | "limit">;
  /** the URL values, for filling the form back in */
  form: {
    q: string;
    medium: string;
    kind: string;
    availability: string;
    min: string;
    max: string;
    currency: string;
    tags: string[];
    sort: string;
    artist: string;
  };
  errors: Record<string, string>;
}

export function parseGalleryParams(sp: GallerySearchParams, defaultCurrency: string): GalleryState {
  const currency = (one(sp.currency) ?? defaultCurrency).toUpperCase();
  const min = parseOptionalAmount(one(sp.min), currency);
  const max = parseOptionalAmount(one(sp.max), currency);
  const raw = {
    filters: {
      medium: one(sp.medium),
      kind: one(sp.kind),
      availability: one(sp.availability) ?? "available",
      artist: one(sp.artist),
      tags: many(sp.tag).length ? many(sp.tag) : undefined,
      minPrice: min,
      maxPrice: max,
      currency: min !== undefined || max !== undefined ? currency : undefined,
    },
    sort: one(sp.sort) === "relevance" ? "newest" : (one(sp.sort) ?? "newest"),
  };
  const parsed = listArtworksSchema.safeParse(raw);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path.at(-1))] ??= issue.message;
  const qRaw = one(sp.q);
  const q = qRaw === undefined ? undefined : searchQuerySchema.safeParse(qRaw);
  const input = parsed.success
    ? { filters: parsed.data.filters, sort: parsed.data.sort }
    : { filters: { availability: "available" as const }, sort: "newest" as const };
  return {
    q: q?.success ? q.data : undefined,
    qError: q && !q.success ? q.error.issues[0]?.message : undefined,
    input,
    errors,
    form: {
      q: qRaw ?? "",
      medium: one(sp.medium) ?? "",
      kind: one(sp.kind) ?? "",
      availability: one(sp.availability) ?? "available",
      min: min !== undefined ? formatMajorUnits(min, currency) : (one(sp.min) ?? ""),
      max: max !== undefined ? formatMajorUnits(max, currency) : (one(sp.max) ?? ""),
      currency,
      tags: many(sp.tag),
      sort: one(sp.sort) ?? (qRaw ? "relevance" : "newest"),
      artist: one(sp.artist) ?? "",
    },
  };
}

/** The same URL with one parameter changed or removed (for chips and sort links). */
export function galleryHref(form: GalleryState["form"], change: Partial<Record<keyof GalleryState["form"], string | string[] | null>>): string {
  const merged: Record<string, string | string[] | null> = { ...form, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    if (k === "availability" && v === "available") continue;
    if (k === "sort" && (v === "newest" || v === "relevance")) continue;
    if (k === "currency" && !merged.min && !merged.max) continue;
    if (k === "tags") for (const t of v as string[]) params.append("tag", t);
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `/gallery?${s}` : "/gallery";
}
