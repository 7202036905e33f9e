import { handleTrpcRequest } from "@atelier/api";
import { requestContext } from "~/server/request-context";

/** tRPC over HTTP; limits and logging in packages/api/src/http/trpc-handler.ts. */
function handler(req: Request) {
  return handleTrpcRequest(req, "/api/trpc", (r, resHeaders) => requestContext(r.headers, undefined, resHeaders));
}

export { handler as GET, handler as POST };
