import type { RouterOutputs } from "@atelier/api";
import { mediaUrl, type PictureVariant } from "~/components/artwork-picture";

type Mockup = NonNullable<RouterOutputs["mockup"]["myLatest"]>["mockups"][number];

function srcSet(variants: unknown): { src: string; srcSet: string } | null {
  const list = (Array.isArray(variants) ? (variants as PictureVariant[]) : []).filter((v) => v.format === "webp").sort((a, b) => a.width - b.width);
  const mid = list.find((v) => v.width >= 640) ?? list.at(-1);
  if (!mid) return null;
  return { src: mediaUrl(mid.key), srcSet: list.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(", ") };
}

/** The artist's work on each product: a row that scrolls sideways on a phone and wraps into a grid on wider screens. */
export function MockupStrip({ mockups, title }: { mockups: Mockup[]; title: string }) {
  return (
    <ul
      className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-4 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-3 sm:overflow-visible sm:px-0 lg:grid-cols-4"
      data-testid="mockups"
    >
      {mockups.map((m) => {
        const img = srcSet(m.variants);
        return (
          <li key={m.productTypeCode} className="w-64 shrink-0 snap-start sm:w-auto">
            <figure>
              <div
                className="aspect-square overflow-hidden rounded-xl bg-paper-deep"
                style={{ backgroundImage: `url(${m.blurDataUrl})`, backgroundSize: "cover" }}
              >
                {img ? (
                  <img
                    src={img.src}
                    srcSet={img.srcSet}
                    sizes="(min-width: 1024px) 18rem, (min-width: 640px) 30vw, 16rem"
                    alt={`${title} as a ${m.productName.toLowerCase()}`}
                    loading="lazy"
                    className="size-full object-contain"
                  />
                ) : null}
              </div>
              <figcaption className="mt-2">
                <span className="block text-sm font-medium text-ink">
                  {m.productName}
                  {m.variantName ? <span className="font-normal text-muted"> · {m.variantName}</span> : null}
                </span>
                <span className="block text-xs text-ink-soft">{m.caption}</span>
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
