import "server-only";
import { createCaller } from "@atelier/api";
import { headers } from "next/headers";
import { cache } from "react";
import { requestContext } from "./request-context";
import { currentIdentity } from "./session";

/** A tRPC caller for server components: the same context, procedures, authorisation and errors as HTTP. */
export const api = cache(async () => {
  // the same per-request identity the page already checked, so a page and its calls never disagree
  const ctx = await requestContext(new Headers(await headers()), async () => (await currentIdentity())?.id ?? null);
  return createCaller(ctx);
});
