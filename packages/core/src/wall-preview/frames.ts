/** Browser-safe: the frames a buyer can try a work in, with their real sizes (shared by the live editor and the composite). */

export const FRAME_IDS = ["none", "thin-black", "oak", "white-mat"] as const;
export type FrameId = (typeof FRAME_IDS)[number];

export interface FrameSpec {
  id: FrameId;
  label: string;
  /** the frame in a sentence: "in an oak frame" */
  inWords: string;
  /** width of the moulding seen from the front, in cm */
  mouldingCm: number;
  /** width of the mat between moulding and work, in cm (0: none) */
  matCm: number;
  /** how far the frame (or an unframed canvas) stands off the wall, in cm: it sets the shadow */
  depthCm: number;
  moulding: string;
  mat: string | null;
}

export const FRAMES: Record<FrameId, FrameSpec> = {
  none: { id: "none", label: "No frame", inWords: "unframed", mouldingCm: 0, matCm: 0, depthCm: 2, moulding: "transparent", mat: null },
  "thin-black": {
    id: "thin-black",
    label: "Thin black",
    inWords: "in a thin black frame",
    mouldingCm: 1.5,
    matCm: 0,
    depthCm: 2.5,
    moulding: "#1d1c1a",
    mat: null,
  },
  oak: { id: "oak", label: "Oak", inWords: "in an oak frame", mouldingCm: 3, matCm: 0, depthCm: 3, moulding: "#b88a55", mat: null },
  "white-mat": {
    id: "white-mat",
    label: "White with mat",
    inWords: "in a white frame with a mat",
    mouldingCm: 2,
    matCm: 6,
    depthCm: 2.5,
    moulding: "#f1efea",
    mat: "#fbfaf6",
  },
};
