/** Browser-safe: the sample rooms anyone can try a work in (drawn by ./sample-room-drawings.ts), each with a length we know. */
import { clampCentre, type Calibration, type Point } from "./scale.ts";

export const SAMPLE_ROOM_IDS = ["living-room", "bedroom", "dining-room"] as const;
export type SampleRoomId = (typeof SAMPLE_ROOM_IDS)[number];

export interface SampleRoom {
  id: SampleRoomId;
  name: string;
  /** the known length the scale comes from, as the editor shows it */
  scaleNote: string;
  width: number;
  height: number;
  calibration: Calibration;
  /** the top of the furniture a work hangs above (normalised y); see firstPlacement */
  furnitureTop: number;
}

/** Every room is drawn 1800 × 1200 px at 4.5 px per cm of wall (400 cm across). */
export const SAMPLE_ROOM_SIZE = { width: 1800, height: 1200 } as const;
export const SAMPLE_ROOM_PX_PER_CM = 4.5;

const across = (leftPx: number, rightPx: number, yPx: number): Pick<Extract<Calibration, { kind: "points" }>, "a" | "b"> => ({
  a: { x: leftPx / SAMPLE_ROOM_SIZE.width, y: yPx / SAMPLE_ROOM_SIZE.height },
  b: { x: rightPx / SAMPLE_ROOM_SIZE.width, y: yPx / SAMPLE_ROOM_SIZE.height },
});

export const SAMPLE_ROOMS: Record<SampleRoomId, SampleRoom> = {
  "living-room": {
    id: "living-room",
    name: "Living room",
    scaleNote: "The sofa is 220 cm wide.",
    ...SAMPLE_ROOM_SIZE,
    calibration: { kind: "points", ...across(405, 1395, 1000), lengthTenths: 2200, unit: "CM" },
    furnitureTop: 630 / 1200,
  },
  bedroom: {
    id: "bedroom",
    name: "Bedroom",
    scaleNote: "The headboard is 170 cm wide.",
    ...SAMPLE_ROOM_SIZE,
    calibration: { kind: "points", ...across(517.5, 1282.5, 640), lengthTenths: 1700, unit: "CM" },
    furnitureTop: 545 / 1200,
  },
  "dining-room": {
    id: "dining-room",
    name: "Dining room",
    scaleNote: "The sideboard is 180 cm wide.",
    ...SAMPLE_ROOM_SIZE,
    calibration: { kind: "points", ...across(495, 1305, 700), lengthTenths: 1800, unit: "CM" },
    furnitureTop: 563 / 1200,
  },
};

export function isSampleRoomId(id: string): id is SampleRoomId {
  return (SAMPLE_ROOM_IDS as readonly string[]).includes(id);
}

/** Where the browser loads a sample room's picture (public: it is ours, not a buyer's). */
export function sampleRoomUrl(id: SampleRoomId, width?: 640 | 1800): string {
  return `/api/wall/samples/${id}${width === 640 ? "?w=640" : ""}`;
}

/** How far above the furniture a work hangs at first, as a picture hanger would: 20 cm. */
export const HANG_ABOVE_FURNITURE_CM = 20;

/**
 * Where a work of this framed size (normalised to the photo) goes first: centred across the furniture,
 * its bottom 20 cm above it — or as high as fits, when it is too tall for the wall above.
 */
export function firstPlacement(room: SampleRoom, outer: { width: number; height: number }): Point {
  const gap = (HANG_ABOVE_FURNITURE_CM * SAMPLE_ROOM_PX_PER_CM) / room.height;
  return clampCentre({ x: 0.5, y: room.furnitureTop - gap - outer.height / 2 }, outer);
}

/** The sample rooms with where to load them, for the room picker. */
export function listSampleRooms() {
  return SAMPLE_ROOM_IDS.map((id) => ({ ...SAMPLE_ROOMS[id], photoUrl: sampleRoomUrl(id), thumbUrl: sampleRoomUrl(id, 640) }));
}
