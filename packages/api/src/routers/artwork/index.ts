import { createTRPCRouter, mergeRouters } from "../../trpc.ts";
import { artworkCoreRouter } from "./core.ts";
import { artworkImageRouter } from "./images.ts";

export const artworkRouter = mergeRouters(artworkCoreRouter, createTRPCRouter({ image: artworkImageRouter }));
