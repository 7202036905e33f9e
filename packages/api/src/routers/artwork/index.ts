import { createTRPCRouter, mergeRouters } from "../../trpc.ts";
import { artworkCoreRouter } from "./core.ts";
import { artworkDiscoveryRouter } from "./discovery.ts";
import { artworkImageRouter } from "./images.ts";

/** Studio (core: create/edit/submit/publish), discovery (gallery, search, favourites) and images. */
export const artworkRouter = mergeRouters(artworkCoreRouter, artworkDiscoveryRouter, createTRPCRouter({ image: artworkImageRouter }));
