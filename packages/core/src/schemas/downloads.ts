import { z } from "zod";
import { idField } from "./text.ts";

/** download.link: which of the buyer's downloads to sign a link for. */
export const downloadIdSchema = z.object({ downloadId: idField() });
/** mockup.ofMyArtwork: one of the artist's own works. */
export const mockupArtworkIdSchema = z.object({ artworkId: idField() });
