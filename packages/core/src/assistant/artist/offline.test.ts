import { describe, expect, it } from "vitest";
import { detectIntent, findArtwork } from "./offline.ts";
import { colourName } from "./offline-vision.ts";

describe("detectIntent", () => {
  it.each([
    ["draft a listing: Harbour at Dusk, oil on canvas, 60 x 80 cm, €900", "listing"],
    ["I just finished a 40×50 oil on linen called Harbour at Dusk, €900", "listing"],
    ["Just made a watercolour called Morning Fern, 16x20in, $350", "listing"],
    ["Describe Harbour in Blue", "describe"],
    ["write my bio", "copy"],
    ["draft my bio for a gallery", "copy"],
    ["can you write a press release for my show?", "copy"],
    ["show my artworks", "artworks"],
    ["what's in my profile", "profile"],
    ["hello", "help"],
  ])("%s → %s", (text, kind) => {
    expect(detectIntent(text).kind).toBe(kind);
  });

  it("reads copy kinds", () => {
    expect(detectIntent("write a press release")).toMatchObject({ copyKind: "press-release" });
    expect(detectIntent("write my artist statement")).toMatchObject({ copyKind: "statement" });
    expect(detectIntent("write an instagram post about my new work")).toMatchObject({ copyKind: "marketing" });
    expect(detectIntent("write sales text for Harbour")).toMatchObject({ copyKind: "sales" });
    expect(detectIntent("write a description for Harbour")).toMatchObject({ copyKind: "artwork-description" });
  });

  it("describe: a title query, or the latest", () => {
    expect(detectIntent("please describe “Harbour in Blue”?")).toEqual({ kind: "describe", query: "Harbour in Blue", latest: false });
    expect(detectIntent("describe my latest artwork")).toMatchObject({ kind: "describe", latest: true });
  });

  it("a follow-up completes an unfinished listing request, not a finished one", () => {
    expect(detectIntent("oil, 30 x 40 cm, €300", ["draft a listing: Pier"])).toEqual({ kind: "listing", text: "draft a listing: Pier\noil, 30 x 40 cm, €300" });
    expect(detectIntent("thanks", ["draft a listing: Pier, oil, 30 x 40 cm, €300"]).kind).toBe("help");
  });
});

describe("findArtwork", () => {
  const items = [
    { id: "3", title: "Harbour in Blue at Night", imageCount: 0 },
    { id: "2", title: "Harbour in Blue", imageCount: 1 },
    { id: "1", title: "Low Tide", imageCount: 1 },
  ];
  it("prefers the longest title the message names", () => {
    expect(findArtwork(items, "describe Harbour in Blue at Night")?.id).toBe("3");
    expect(findArtwork(items, "describe harbour in blue!")?.id).toBe("2");
  });
  it("falls back to a partial match, then the newest (with an image when one is needed)", () => {
    expect(findArtwork(items, "describe lo", { query: "lo" })).toBeUndefined(); // too short to guess
    expect(findArtwork(items, "describe tide", { query: "tide" })?.id).toBe("1");
    expect(findArtwork(items, "describe my latest", { latest: true, needsImage: true })?.id).toBe("2");
    expect(findArtwork(items, "describe the sea", { query: "the sea" })).toBeUndefined();
  });
});

describe("colourName", () => {
  const hex = (h: string) => colourName(parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16));
  it.each([
    ["#2f5d8a", "blue"],
    ["#e8d5a8", "cream"],
    ["#b22222", "red"],
    ["#1b3a1b", "deep green"],
    ["#f4c2c2", "pink"],
    ["#808080", "grey"],
    ["#6b4423", "brown"],
    ["#000000", "black"],
    ["#ffffff", "white"],
    ["#f0d020", "yellow"],
  ])("%s is %s", (h, name) => {
    expect(hex(h)).toBe(name);
  });
});
