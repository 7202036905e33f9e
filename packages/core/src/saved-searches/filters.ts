import { formatMajorUnits, formatPrice } from "../money/index.ts";
import { countryName } from "../cart/shipping.ts";
import { artworkFiltersSchema, type ArtworkFilters } from "../schemas/discovery.ts";

const DEFAULT_FILTERS: ArtworkFilters = { availability: "available" };

/**
 * The filters of a saved search, read back from its JSON with today's artworkFiltersSchema. The
 * schema grows (new filters) and may narrow (a filter value dropped): unknown keys are ignored, and
 * a key the schema no longer accepts is left out instead of making the whole search unreadable.
 */
export function readStoredFilters(stored: unknown): ArtworkFilters {
  let value: Record<string, unknown> = stored && typeof stored === "object" && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = artworkFiltersSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")));
    // a price without its currency (or the reverse) is meaningless alone: drop the whole price filter
    if (bad.has("currency") || bad.has("minPrice") || bad.has("maxPrice")) ["currency", "minPrice", "maxPrice"].forEach((k) => bad.add(k));
    const next = Object.fromEntries(Object.entries(value).filter(([k]) => !bad.has(k)));
    if (Object.keys(next).length === Object.keys(value).length) break;
    value = next;
  }
  return DEFAULT_FILTERS;
}

/** The filters as stored: without undefined values, so the JSON is stable (and two equal searches compare equal). */
export function storableFilters(filters: ArtworkFilters): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Whether the search narrows anything: words, or a filter beyond the default availability. */
export function narrowsCatalogue(q: string | null | undefined, filters: ArtworkFilters): boolean {
  return Boolean(q) || Object.keys(storableFilters(filters)).some((k) => k !== "availability" || filters.availability !== "available");
}

const sizeWords: Record<string, string> = { small: "small", medium: "medium-sized", large: "large" };

/** A short name for a search: “blue abstract · small · painting · blue · up to €800 · by artists in Portugal”. */
export function describeSearch(q: string | null | undefined, f: ArtworkFilters): string {
  const parts: string[] = [];
  if (q) parts.push(q);
  if (f.size) parts.push(sizeWords[f.size] ?? f.size);
  if (f.minSize !== undefined || f.maxSize !== undefined) {
    const unit = f.sizeUnit ?? "cm";
    parts.push(
      f.minSize !== undefined && f.maxSize !== undefined
        ? `${f.minSize}–${f.maxSize} ${unit}`
        : f.maxSize !== undefined
          ? `up to ${f.maxSize} ${unit}`
          : `${f.minSize} ${unit} or more`,
    );
  }
  if (f.orientation) parts.push(f.orientation);
  if (f.category) parts.push(f.category.replace(/-/g, " "));
  if (f.colour) parts.push(f.colour);
  if (f.medium) parts.push(f.medium);
  if (f.kind) parts.push(f.kind === "EDITION" ? "editions" : "originals");
  if (f.currency && f.minPrice !== undefined && f.maxPrice !== undefined)
    parts.push(`${formatPrice(f.minPrice, f.currency)}–${formatPrice(f.maxPrice, f.currency)}`);
  else if (f.currency && f.maxPrice !== undefined) parts.push(`up to ${formatPrice(f.maxPrice, f.currency)}`);
  else if (f.currency && f.minPrice !== undefined) parts.push(`from ${formatPrice(f.minPrice, f.currency)}`);
  if (f.artist) parts.push(`by ${f.artist}`);
  if (f.country) parts.push(`by artists in ${countryName(f.country)}`);
  if (f.tags?.length) parts.push(f.tags.map((t) => `#${t}`).join(" "));
  if (f.availability === "sold") parts.push("sold");
  const name = parts.join(" · ") || "All available works";
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/**
 * The gallery URL showing the search's results (the gallery keeps its state in the URL: ?q=&medium=…).
 * Prices go as major units (`min`, `max`) with their currency, tags as repeated `tag`, the size unit as
 * `unit` (only with an exact size); the other filters go under their own names.
 */
export function savedSearchGalleryPath(q: string | null | undefined, f: ArtworkFilters): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const [key, value] of Object.entries(storableFilters(f))) {
    if (key === "availability" && value === "available") continue;
    if (key === "minPrice" || key === "maxPrice") {
      if (f.currency) params.set(key === "minPrice" ? "min" : "max", formatMajorUnits(value as number, f.currency));
    } else if (key === "currency") {
      if (f.minPrice === undefined && f.maxPrice === undefined) continue;
      params.set("currency", String(value));
    } else if (key === "sizeUnit") {
      if (f.minSize !== undefined || f.maxSize !== undefined) params.set("unit", String(value));
    } else if (key === "tags") for (const t of value as string[]) params.append("tag", t);
    else if (Array.isArray(value)) params.set(key, value.join(","));
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `/gallery?${s}` : "/gallery";
}
