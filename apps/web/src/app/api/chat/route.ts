import { handleChatRequest } from "@atelier/api";
import { modelFor } from "~/server/ai";
import { requestContext } from "~/server/request-context";

/** Streams one turn with the patron or artist assistant (AI SDK UI message stream). */
export async function POST(req: Request) {
  return handleChatRequest(req, await requestContext(req.headers), modelFor);
}
