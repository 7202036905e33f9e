import { CATEGORY_LABELS, nameOf, type ArtworkCategoryName } from "@atelier/core/artwork/taxonomy";
import { countryName } from "@atelier/core/cart/shipping";
import { formatPrice } from "@atelier/core/money";
import { galleryHref, type parseGalleryParams } from "~/lib/gallery-params";

type GalleryState = ReturnType<typeof parseGalleryParams>;

export interface FilterChip {
  label: string;
  href: string;
}

const SIZE_LABELS: Record<string, string> = { small: "Small (up to 40 cm)", medium: "Medium (40–100 cm)", large: "Large (over 100 cm)" };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One removable chip per filter in force (only those the API accepted), each linking to the gallery without it. */
export function filterChips(state: GalleryState): FilterChip[] {
  const { form } = state;
  const f = state.input.filters;
  const href = (change: Parameters<typeof galleryHref>[1]) => galleryHref(state, change);
  const chips: (FilterChip | false | undefined | "")[] = [
    f.category && { label: CATEGORY_LABELS[nameOf<ArtworkCategoryName>(f.category)], href: href({ category: null }) },
    f.size && { label: SIZE_LABELS[f.size] ?? f.size, href: href({ size: null }) },
    (f.minSize !== undefined || f.maxSize !== undefined) && {
      label: `Longest side ${f.minSize ?? "0"}–${f.maxSize ?? "∞"} ${f.sizeUnit ?? "cm"}`,
      href: href({ minSize: null, maxSize: null, unit: null }),
    },
    f.orientation && { label: capitalise(f.orientation), href: href({ orientation: null }) },
    f.colour && { label: capitalise(f.colour), href: href({ colour: null }) },
    f.country && { label: `Artists in ${countryName(f.country)}`, href: href({ country: null }) },
    f.medium && { label: f.medium, href: href({ medium: null }) },
    f.kind && { label: f.kind === "EDITION" ? "Editions" : "Originals", href: href({ kind: null }) },
    f.licensed && { label: "Prints and products", href: href({ products: null }) },
    f.availability !== "available" && { label: f.availability === "sold" ? "Sold" : "Everything", href: href({ availability: null }) },
    f.currency &&
      (f.minPrice !== undefined || f.maxPrice !== undefined) && {
        label:
          f.minPrice !== undefined && f.maxPrice !== undefined
            ? `${formatPrice(f.minPrice, f.currency)} – ${formatPrice(f.maxPrice, f.currency)}`
            : f.maxPrice !== undefined
              ? `Up to ${formatPrice(f.maxPrice, f.currency)}`
              : `From ${formatPrice(f.minPrice!, f.currency)}`,
        href: href({ min: null, max: null }),
      },
    f.artist && { label: `Artist: ${f.artist}`, href: href({ artist: null }) },
    ...(f.tags ?? []).map((t) => ({ label: `#${t}`, href: href({ tags: form.tags.filter((x) => x !== t) }) })),
  ];
  return chips.filter((c): c is FilterChip => Boolean(c));
}

/** The filter values as hidden inputs for another form on the page (the search box keeps the filters). */
export function hiddenFilterValues(state: GalleryState): [string, string][] {
  const { form } = state;
  const pairs: [string, string][] = [];
  for (const key of [
    "medium",
    "category",
    "size",
    "minSize",
    "maxSize",
    "orientation",
    "colour",
    "country",
    "kind",
    "products",
    "artist",
    "min",
    "max",
  ] as const) {
    if (form[key]) pairs.push([key, form[key]]);
  }
  if (form.minSize || form.maxSize) pairs.push(["unit", form.unit]);
  if (form.availability !== "available") pairs.push(["availability", form.availability]);
  if (form.currency !== state.defaultCurrency) pairs.push(["currency", form.currency]);
  for (const t of form.tags) pairs.push(["tag", t]);
  return pairs;
}
