"use client";

import Lightbox from "yet-another-react-lightbox";
import Zoom from "yet-another-react-lightbox/plugins/zoom";
import "yet-another-react-lightbox/styles.css";
import { mediaUrl, type PictureImage } from "../artwork-picture";

/**
 * The full-screen viewer (yet-another-react-lightbox with its zoom plugin): an accessible modal dialog,
 * Esc closes, arrow keys move between views, pinch / wheel / double-click zoom and drag to pan, up to the
 * largest stored variant at one image pixel per screen pixel. Loaded only when someone opens it.
 */
export default function ZoomLightbox({
  images,
  title,
  index,
  onIndex,
  onClose,
}: {
  images: PictureImage[];
  title: string;
  index: number;
  onIndex: (i: number) => void;
  onClose: () => void;
}) {
  const slides = images.map((img) => {
    const webp = img.variants.filter((v) => v.format === "webp").sort((a, b) => a.width - b.width);
    const largest = webp.at(-1) ?? img.variants.at(-1)!;
    return {
      src: mediaUrl(largest.key),
      alt: img.altText || title,
      width: largest.width,
      height: largest.height,
      srcSet: webp.map((v) => ({ src: mediaUrl(v.key), width: v.width, height: v.height })),
    };
  });
  return (
    <Lightbox
      open
      close={onClose}
      index={index}
      slides={slides}
      plugins={[Zoom]}
      zoom={{ scrollToZoom: true, maxZoomPixelRatio: 1.5 }}
      carousel={{ finite: true }}
      on={{ view: ({ index: i }) => onIndex(i) }}
      labels={{ Lightbox: `${title}, full-screen view`, Close: "Close full-screen view", Previous: "Previous view", Next: "Next view" }}
      render={slides.length <= 1 ? { buttonPrev: () => null, buttonNext: () => null } : undefined}
      styles={{ container: { backgroundColor: "rgba(20, 18, 16, 0.96)" } }}
    />
  );
}
