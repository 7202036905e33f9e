import { pngForShareCard } from "@atelier/core/images/share-card";
import { formatPrice } from "@atelier/core/money";
import { ImageResponse } from "next/og";
import { api } from "~/server/api";
import { getStorage } from "~/server/storage";

const W = 1200;
const H = 630;

/** The Open Graph / Twitter card of an artwork: its image on the left, title, artist and price on the right (1200 × 630 PNG). */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const art = await (await api()).artwork.bySlug({ slug }).catch(() => null);
  if (!art) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const variant = art.images[0]?.variants.filter((v) => v.format === "webp").find((v) => v.width >= 640) ?? art.images[0]?.variants.at(-1);
  const picture = variant ? await pngForShareCard(getStorage(), variant.key, 640, H - 80).catch(() => null) : null;
  const status = art.availability.state === "sold" ? "Sold" : (art.availability.label ?? (art.availability.purchasable ? "Available" : ""));
  return new ImageResponse(
    <div style={{ width: W, height: H, display: "flex", background: "#f7f4ee", color: "#1d1b18", fontFamily: "serif" }}>
      <div style={{ width: 700, height: H, display: "flex", alignItems: "center", justifyContent: "center", background: "#ece6da" }}>
        {picture ? (
          <img src={picture.dataUrl} width={picture.width} height={picture.height} alt="" style={{ boxShadow: "0 20px 50px rgba(29,27,24,0.35)" }} />
        ) : (
          <div style={{ fontSize: 40, fontStyle: "italic" }}>{art.title}</div>
        )}
      </div>
      <div style={{ flex: 1, display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "56px 48px" }}>
        <div style={{ fontSize: 34, fontStyle: "italic" }}>Atelier</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 52, lineHeight: 1.1 }}>{art.title.slice(0, 80)}</div>
          <div style={{ fontSize: 30, marginTop: 16, color: "#6f6a62" }}>{`by ${art.artist.displayName}`}</div>
          <div style={{ fontSize: 24, marginTop: 10, color: "#6f6a62" }}>{art.medium.slice(0, 60)}</div>
        </div>
        <div style={{ display: "flex", alignItems: "baseline", fontSize: 40 }}>
          <span>{formatPrice(art.priceAmount, art.currency)}</span>
          {status ? <span style={{ fontSize: 24, marginLeft: 20, color: "#8a4b2a" }}>{status}</span> : null}
        </div>
      </div>
    </div>,
    { width: W, height: H, headers: { "cache-control": "public, max-age=3600" } },
  );
}
