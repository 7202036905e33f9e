import { MAX_BATCH_SIZE } from "@atelier/api";
import { expect, it } from "vitest";
import { CLIENT_BATCH_MAX_ITEMS } from "../src/trpc/batch";

it("the browser's tRPC batches stay under the server's batch limit", () => {
  expect(CLIENT_BATCH_MAX_ITEMS).toBeGreaterThan(1);
  expect(CLIENT_BATCH_MAX_ITEMS).toBeLessThanOrEqual(MAX_BATCH_SIZE);
});
